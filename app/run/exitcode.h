#pragma once

// The CLI's exit codes are a stable contract (DESIGN.md §4): scripts and cron jobs branch on them.
namespace ExitCode
{
    constexpr int Success = 0;
    constexpr int ValidationBlocked = 1; // the data has errors and the policy blocks the sync
    constexpr int UsageError = 2;        // bad arguments, or an input file that cannot be read
    constexpr int NetworkFailure = 3;    // Torii or the network failed after the retries
    constexpr int AuthFailure = 4;       // bad API key, or no keychain
    constexpr int Cancelled = 130;       // interrupted (SIGINT), as shells report it
} // namespace ExitCode
