#include "sandbox/payloadrules.h"

#include <cstring>

namespace
{
    // A fixed-size compare the compiler turns into a couple of loads, not a memcmp call: this runs per key.
    template<size_t N> bool equals(QByteArrayView text, const char (&name)[N])
    {
        return text.size() == qsizetype(N - 1) && std::memcmp(text.data(), name, N - 1) == 0;
    }

    const char* const userTextNames[] = {"id", "firstName", "lastName", "externalStatus", "lastUsedDate"};
    const char* const licenseNumberNames[] = {"unassignedAmount", "pricePerUser"};
} // namespace

// Called for every key of a million-user payload: dispatch on the length first, then compare the bytes.
PayloadRules::Slot PayloadRules::keySlot(Frame frame, const Text& key)
{
    if (!key.exact)
        return Slot::None;
    const QByteArrayView name = key.ascii;
    switch (frame) {
    case Frame::Top:
        // The top level always compared the raw key bytes, so "us\u0065rs" is not "users" here.
        if (!key.raw)
            return Slot::None;
        if (equals(name, "users"))
            return Slot::TopUsers;
        if (equals(name, "licenses"))
            return Slot::TopLicenses;
        return Slot::None;
    case Frame::User:
        switch (key.ascii.size()) {
        case 2:
            return equals(name, "id") ? Slot::UserId : Slot::None;
        case 5:
            return equals(name, "email") ? Slot::UserEmail : equals(name, "roles") ? Slot::UserRoles : Slot::None;
        case 6:
            return equals(name, "status") ? Slot::UserStatus : Slot::None;
        case 8:
            return equals(name, "lastName") ? Slot::UserLastName : Slot::None;
        case 9:
            return equals(name, "firstName") ? Slot::UserFirstName : Slot::None;
        case 12:
            return equals(name, "lastUsedDate") ? Slot::UserLastUsedDate : Slot::None;
        case 14:
            return equals(name, "externalStatus") ? Slot::UserExternalStatus : Slot::None;
        default:
            return Slot::None;
        }
    case Frame::License:
        switch (key.ascii.size()) {
        case 4:
            return equals(name, "name") ? Slot::LicenseName : Slot::None;
        case 5:
            return equals(name, "users") ? Slot::LicenseUsers : Slot::None;
        case 12:
            return equals(name, "pricePerUser") ? Slot::LicensePricePerUser : Slot::None;
        case 16:
            return equals(name, "unassignedAmount") ? Slot::LicenseUnassignedAmount : Slot::None;
        default:
            return Slot::None;
        }
    case Frame::LicenseUser:
        if (equals(name, "email"))
            return Slot::LicenseUserEmail;
        if (equals(name, "licenseStatus"))
            return Slot::LicenseUserStatus;
        return Slot::None;
    default:
        return Slot::None;
    }
}

PayloadRules::Slot PayloadRules::elementSlot(Frame frame)
{
    switch (frame) {
    case Frame::Users:
        return Slot::UsersElement;
    case Frame::Licenses:
        return Slot::LicensesElement;
    case Frame::LicenseUsers:
        return Slot::LicenseUsersElement;
    default:
        return Slot::None;
    }
}

bool PayloadRules::fail(const QString& message)
{
    m_message = message;
    return false;
}

bool PayloadRules::start(Slot slot, Kind kind)
{
    switch (slot) {
    case Slot::TopUsers:
        m_sawUsers = true;
        return kind == Kind::Array || fail(QStringLiteral("\"users\" must be an array"));
    case Slot::TopLicenses:
        return kind == Kind::Array || fail(QStringLiteral("\"licenses\" must be an array"));
    case Slot::UsersElement:
        return kind == Kind::Object || fail(QStringLiteral("users[%1] must be an object").arg(m_userIndex));
    case Slot::LicensesElement:
        return kind == Kind::Object || fail(QStringLiteral("licenses[%1] must be an object").arg(m_licenseIndex));
    default:
        return true;
    }
}

bool PayloadRules::open(Slot slot, bool object, Frame* frame)
{
    switch (slot) {
    case Slot::TopUsers:
        m_userIndex = 0;
        *frame = Frame::Users;
        return true;
    case Slot::TopLicenses:
        m_licenseIndex = 0;
        *frame = Frame::Licenses;
        return true;
    case Slot::UsersElement:
        m_user = User();
        m_inUser = true;
        *frame = Frame::User;
        return true;
    case Slot::LicensesElement:
        m_license = License();
        m_inLicense = true;
        *frame = Frame::License;
        return true;
    case Slot::LicenseUsers:
        if (object)
            break;
        // A later "users" key replaces this array (QJsonObject keeps the last duplicate), so start afresh.
        m_license.failedUser = -1;
        m_licenseUserIndex = 0;
        *frame = Frame::LicenseUsers;
        return true;
    case Slot::LicenseUsersElement:
        if (!object)
            break;
        m_licenseUser = LicenseUser();
        *frame = Frame::LicenseUser;
        return true;
    default:
        break;
    }
    *frame = object ? Frame::Object : Frame::Array;
    return true;
}

bool PayloadRules::close(Frame frame, Slot slot)
{
    switch (frame) {
    case Frame::User:
        return closeUser();
    case Frame::License:
        return closeLicense();
    case Frame::LicenseUser:
        licenseUserDone(m_licenseUser.email, m_licenseUser.status);
        return true;
    case Frame::Object:
        value(slot, Kind::Object, nullptr);
        return true;
    case Frame::Array:
        value(slot, Kind::Array, nullptr);
        return true;
    default:
        return true;
    }
}

bool PayloadRules::scalar(Slot slot, Kind kind, const Text& text)
{
    value(slot, kind, &text);
    return true;
}

// Every assignment replaces the field's state: QJsonObject keeps the last of duplicate keys.
void PayloadRules::value(Slot slot, Kind kind, const Text* text)
{
    const bool isString = kind == Kind::String;
    switch (slot) {
    case Slot::UserEmail:
        m_user.email = isString && text->nonSpace;
        break;
    case Slot::UserStatus:
        m_user.status = isString && text->exact && (equals(text->ascii, "active") || equals(text->ascii, "deleted"))
            ? Field::Ok
            : Field::Bad;
        break;
    case Slot::UserRoles:
        m_user.roles = kind == Kind::Array ? Field::Ok : Field::Bad;
        break;
    case Slot::UserId:
    case Slot::UserFirstName:
    case Slot::UserLastName:
    case Slot::UserExternalStatus:
    case Slot::UserLastUsedDate:
        m_user.texts[int(slot) - int(Slot::UserId)] = isString ? Field::Ok : Field::Bad;
        break;
    case Slot::LicenseName:
        m_license.name = isString && !text->empty;
        break;
    case Slot::LicenseUnassignedAmount:
    case Slot::LicensePricePerUser:
        m_license.amounts[int(slot) - int(Slot::LicenseUnassignedAmount)] =
            kind == Kind::Number ? Field::Ok : Field::Bad;
        break;
    case Slot::LicenseUsers:
        m_license.failedUser = -1; // not an array: toArray() is empty, nothing to check
        break;
    case Slot::LicenseUserEmail:
        m_licenseUser.email = isString && !text->empty; // toString() of a non-string is empty
        break;
    case Slot::LicenseUserStatus:
        m_licenseUser.status = isString && text->exact &&
                (equals(text->ascii, "active") || equals(text->ascii, "inactive") || equals(text->ascii, "deleted"))
            ? Field::Ok
            : Field::Bad;
        break;
    case Slot::LicenseUsersElement:
        licenseUserDone(false, Field::Absent); // toObject() of a non-object has no email
        break;
    default:
        break;
    }
}

void PayloadRules::licenseUserDone(bool emailOk, Field status)
{
    if (m_license.failedUser < 0 && (!emailOk || status == Field::Bad)) {
        m_license.failedUser = m_licenseUserIndex;
        m_license.failedOnStatus = emailOk;
    }
    ++m_licenseUserIndex;
}

bool PayloadRules::closeUser()
{
    m_inUser = false;
    // The message is only built for a bad element: formatting "users[%1]" per user would cost more than the scan.
    const auto where = [this] { return QStringLiteral("users[%1]").arg(m_userIndex); };
    if (!m_user.email)
        return fail(where() + QStringLiteral(".email is required"));
    if (m_user.status == Field::Bad)
        return fail(where() + QStringLiteral(".status must be one of [active, deleted]"));
    if (m_user.roles == Field::Bad)
        return fail(where() + QStringLiteral(".roles must be an array"));
    for (int i = 0; i < userTextFields; ++i) {
        if (m_user.texts[i] == Field::Bad)
            return fail(where() + u'.' + QLatin1String(userTextNames[i]) + QStringLiteral(" must be a string"));
    }
    ++m_userIndex;
    ++m_users;
    return true;
}

bool PayloadRules::closeLicense()
{
    m_inLicense = false;
    const auto where = [this] { return QStringLiteral("licenses[%1]").arg(m_licenseIndex); };
    if (!m_license.name)
        return fail(where() + QStringLiteral(".name is required"));
    for (int i = 0; i < 2; ++i) {
        if (m_license.amounts[i] == Field::Bad)
            return fail(where() + u'.' + QLatin1String(licenseNumberNames[i]) + QStringLiteral(" must be a number"));
    }
    if (m_license.failedUser >= 0) {
        const QString at = where() + QStringLiteral(".users[%1]").arg(m_license.failedUser);
        if (m_license.failedOnStatus)
            return fail(at + QStringLiteral(".licenseStatus must be one of [active, inactive, deleted]"));
        return fail(at + QStringLiteral(".email is required"));
    }
    ++m_licenseIndex;
    ++m_licenses;
    return true;
}

bool PayloadRules::end()
{
    if (!m_sawUsers)
        return fail(QStringLiteral("\"users\" is required and must be an array"));
    if (m_users == 0)
        return fail(QStringLiteral("Must have at least 1 valid user"));
    return true;
}

QString PayloadRules::location() const
{
    if (m_inUser)
        return QStringLiteral("users[%1]").arg(m_userIndex);
    if (m_inLicense)
        return QStringLiteral("licenses[%1]").arg(m_licenseIndex);
    return {};
}
