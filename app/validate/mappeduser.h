#pragma once

#include <QByteArrayView>

#include <vector>

// One row turned into Torii's user (and its licences), as UTF-8 views. Filled by RowMapper; the views stay
// valid until RowMapper maps the next row (they point into the Table or into RowMapper's buffers). Read by
// Validator (duplicates) and PayloadWriter. An empty view means "absent": it is left out of the JSON.
struct MappedUser
{
    struct License
    {
        int rule = 0;
        QByteArrayView name;
        QByteArrayView status; // active | inactive | deleted, or empty
    };

    QByteArrayView id;
    QByteArrayView email;
    QByteArrayView firstName;
    QByteArrayView lastName;
    QByteArrayView status; // active | deleted, or empty (Torii's default: active)
    QByteArrayView externalStatus;
    std::vector<QByteArrayView> roles;
    QByteArrayView lastUsedDate;
    std::vector<License> licenses;
};
