#include "diff/diffengine.h"

#include <vector>

namespace
{
    using Status = UserSet::Status;

    // For each licence name of `from`, its id in `to` (-1: nobody there holds it).
    std::vector<int> licenseMap(const UserSet& from, const UserSet& to)
    {
        std::vector<int> map(size_t(from.licenseNames().size()), -1);
        for (qsizetype i = 0; i < from.licenseNames().size(); ++i)
            map[size_t(i)] = int(to.licenseNames().indexOf(from.licenseNames().at(i)));
        return map;
    }

    bool holds(const UserSet::Licenses& licenses, int id)
    {
        return id >= 0 && licenses.contains(id);
    }
} // namespace

UserDiff DiffEngine::compare(const UserSet& payload, const UserSet& current, UserDiff::Source source)
{
    UserDiff diff;
    diff.source = source;
    const std::vector<int> toCurrent = licenseMap(payload, current);
    const std::vector<int> toPayload = licenseMap(current, payload);
    std::vector<qint64> gained(size_t(payload.licenseNames().size()), 0);
    std::vector<qint64> lost(size_t(current.licenseNames().size()), 0);
    std::vector<bool> matched(size_t(current.size()), false);

    for (const UserSet::User& user : payload.users()) {
        const qsizetype at = current.indexOf(user.email);
        const UserSet::User* before = at >= 0 ? &current.at(at) : nullptr;
        if (before)
            matched[size_t(at)] = true;
        const bool wasActive = before && before->status == Status::Active;
        const bool isActive = user.status == Status::Active;
        if (!before) {
            if (isActive)
                diff.added.append(user.email);
        } else if (wasActive && isActive) {
            ++diff.unchanged;
        } else if (wasActive) {
            diff.deactivated.append(user.email);
        } else if (isActive) {
            diff.reactivated.append(user.email);
        }
        // Licences: only an active user holds one in Torii's eyes.
        static const UserSet::Licenses none;
        const UserSet::Licenses& after = isActive ? user.licenses : none;
        const UserSet::Licenses& previously = wasActive ? before->licenses : none;
        bool changed = false;
        for (int id : after) {
            if (!holds(previously, toCurrent[size_t(id)])) {
                ++gained[size_t(id)];
                changed = true;
            }
        }
        for (int id : previously) {
            if (!holds(after, toPayload[size_t(id)])) {
                ++lost[size_t(id)];
                changed = true;
            }
        }
        if (changed && wasActive && isActive)
            diff.licenseChanged.append(user.email);
    }
    for (qsizetype i = 0; i < current.size(); ++i) {
        const UserSet::User& user = current.at(i);
        if (user.status != Status::Active)
            continue;
        ++diff.current;
        if (matched[size_t(i)])
            continue;
        diff.removed.append(user.email);
        for (int id : user.licenses)
            ++lost[size_t(id)];
    }
    for (size_t i = 0; i < gained.size(); ++i) {
        if (gained[i] > 0)
            diff.licensesAdded.insert(payload.licenseNames().at(qsizetype(i)), gained[i]);
    }
    for (size_t i = 0; i < lost.size(); ++i) {
        if (lost[i] > 0)
            diff.licensesRemoved.insert(current.licenseNames().at(qsizetype(i)), lost[i]);
    }
    return diff;
}
