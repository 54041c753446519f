#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

// How long-running engine work (reading, converting, uploading) reports progress and learns it was
// cancelled, without depending on QObject: the same code runs in a worker thread under the GUI and inline
// in the CLI. The callback may be called from a worker thread; keep it cheap (it is called often).
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

// Set by the owner (GUI Cancel button, SIGINT in the CLI); polled by the worker between chunks.
using CancelFlag = std::atomic_bool;
