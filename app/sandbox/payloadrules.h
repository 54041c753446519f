#pragma once

#include <QByteArrayView>
#include <QString>

// The schema half of PayloadScanner: which keys matter where, what their values must be (torii-api.md §3,
// the rules PayloadSchema always applied) and the 400 message for the first element that breaks one.
class PayloadRules
{
public:
    // What a container is; decided when it opens, from the slot it fills.
    enum class Frame : quint8
    {
        Top,
        Users,
        Licenses,
        User,
        License,
        LicenseUsers,
        LicenseUser,
        Object,
        Array
    };
    // What the next value means: set by the key before it, or by the array it is an element of.
    enum class Slot : quint8
    {
        None,
        TopUsers,
        TopLicenses,
        UsersElement,
        LicensesElement,
        LicenseUsersElement,
        UserEmail,
        UserStatus,
        UserRoles,
        UserId,
        UserFirstName,
        UserLastName,
        UserExternalStatus,
        UserLastUsedDate,
        LicenseName,
        LicenseUnassignedAmount,
        LicensePricePerUser,
        LicenseUsers,
        LicenseUserEmail,
        LicenseUserStatus,
    };
    enum class Kind : quint8
    {
        String,
        Number,
        Literal,
        Object,
        Array
    };

    // A decoded JSON string, as far as the rules look at it: its first characters when they are all ASCII.
    struct Text
    {
        QByteArrayView ascii; // the whole decoded string when `exact`
        bool exact = false;   // all ASCII and short enough to be kept whole
        bool raw = false;     // written without escapes
        bool empty = true;
        bool nonSpace = false; // holds a character QString::trimmed() keeps
    };

    [[nodiscard]] static Slot keySlot(Frame frame, const Text& key);
    [[nodiscard]] static Slot elementSlot(Frame frame);
    [[nodiscard]] static bool isObject(Frame frame)
    {
        return frame == Frame::Top || frame == Frame::User || frame == Frame::License || frame == Frame::LicenseUser ||
            frame == Frame::Object;
    }
    // Whether a string value in this slot is looked at (the others are only checked as JSON).
    [[nodiscard]] static bool wantsText(Slot slot)
    {
        return slot == Slot::UserEmail || slot == Slot::UserStatus || slot == Slot::LicenseName ||
            slot == Slot::LicenseUserEmail || slot == Slot::LicenseUserStatus;
    }
    // Whether start() can refuse a value in this slot (the four that must be an array or an object); the
    // scanner skips the call for the rest, as these checks run for every value of the payload.
    [[nodiscard]] static bool checksStart(Slot slot) { return slot >= Slot::TopUsers && slot <= Slot::LicensesElement; }

    // Each returns false once the payload breaks a rule; message() then says which.
    bool start(Slot slot, Kind kind);
    bool open(Slot slot, bool object, Frame* frame);
    bool close(Frame frame, Slot slot);
    bool scalar(Slot slot, Kind kind, const Text& text);
    bool end(); // the top-level object is complete

    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] qint64 users() const { return m_users; }
    [[nodiscard]] qint64 licenses() const { return m_licenses; }
    // "users[3]" while inside that element (for syntax errors), else empty.
    [[nodiscard]] QString location() const;

private:
    enum class Field : quint8
    {
        Absent,
        Ok,
        Bad
    };

    bool fail(const QString& message);
    void value(Slot slot, Kind kind, const Text* text);
    bool closeUser();
    bool closeLicense();
    void licenseUserDone(bool emailOk, Field status);

    static constexpr int userTextFields = 5;
    struct User
    {
        bool email = false;
        Field status = Field::Absent;
        Field roles = Field::Absent;
        Field texts[userTextFields] {};
    };
    struct License
    {
        bool name = false;
        Field amounts[2] {};
        qint64 failedUser = -1; // first bad element of the last "users" array
        bool failedOnStatus = false;
    };
    struct LicenseUser
    {
        bool email = false;
        Field status = Field::Absent;
    };

    User m_user;
    License m_license;
    LicenseUser m_licenseUser;
    qint64 m_userIndex = 0; // the element index inside the current "users" array (restarts per array, as before)
    qint64 m_licenseIndex = 0;
    qint64 m_licenseUserIndex = 0;
    qint64 m_users = 0;
    qint64 m_licenses = 0;
    bool m_sawUsers = false;
    bool m_inUser = false;
    bool m_inLicense = false;
    QString m_message;
};
