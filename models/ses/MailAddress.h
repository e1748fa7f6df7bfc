#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Ses
{

/// One mailbox of a From, To, Cc, Bcc or Reply-To header, or of SES's Source field:
/// "Mary Major <mary.major@example.com>". Parses RFC 5322 address lists (quoted names, comments,
/// groups, encoded-words) and writes a mailbox back as a header-ready value.
struct MailAddress {
    QString name; ///< Display name, decoded; may be empty.
    QString address; ///< addr-spec: "local@domain"

    bool isEmpty() const
    {
        return address.isEmpty();
    }
    QString domain() const;

    /// "name <address>" for display (no encoding).
    QString toString() const;
    /// The header form: the name quoted or RFC 2047-encoded as needed, an internationalized
    /// domain in its ASCII (punycode) form.
    QByteArray toHeader() const;

    /// Every mailbox of an address list; group names are dropped, their members kept.
    static QList<MailAddress> parseList(const QString &text);
    /// The first mailbox of text, or an empty one.
    static MailAddress parse(const QString &text);
    /// Mailboxes joined with ", " and folded to keep lines short.
    static QByteArray listToHeader(const QList<MailAddress> &addresses, int used = 0);

    friend bool operator==(const MailAddress &, const MailAddress &) = default;
};

} // namespace Ses
