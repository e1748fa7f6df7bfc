#pragma once

#include <functional>

#include <QString>
#include <QUrl>

namespace Ses
{

class DnsRecordSet;

/// Composes the mail an administrator sends to whoever runs the domain's DNS: a subject, a body
/// holding every record (name, type, priority, value) with the instructions that prevent the usual
/// mistakes, and a mailto: link that opens it in the user's mail client.
///
/// All text goes through a translate function (context "Ses::DnsAdminMailBuilder" for the
/// builder's own strings, "Ses::DnsRecord" for record labels). By default that is
/// QCoreApplication::translate, so the mail is written in the UI language; a caller can pass
/// another one, for example a QTranslator of another language when the DNS admin reads that.
class DnsAdminMailBuilder
{
public:
    using TranslateFunction
        = std::function<QString(const char *context, const char *sourceText, const char *disambiguation, int n)>;

    /// How much of the body fitted into a mailto: link.
    enum class Completeness {
        Full, ///< The full body.
        Compact, ///< The records one per line, with a short instruction.
        RecordsMissing, ///< Only a request to paste the records: the caller must put body() on
                        ///< the clipboard and tell the user.
    };

    /// Windows' ShellExecute and several mail clients cut mailto: links at about 2,000 characters.
    static constexpr int DefaultMaximumUrlLength = 2000;

    explicit DnsAdminMailBuilder(TranslateFunction translate = {});

    QString subject(const DnsRecordSet &set) const;
    /// The full body: greeting, every record with its purpose, instructions, thanks.
    QString body(const DnsRecordSet &set) const;
    /// Records one per line ("name TYPE value") with a one-line instruction.
    QString compactBody(const DnsRecordSet &set) const;

    /// mailto:<recipient>?subject=...&body=... percent-encoded (RFC 6068; line breaks as
    /// %0D%0A), using the longest body that keeps the link within maximumLength characters.
    /// recipient may be empty (the user fills it in the mail client).
    QUrl mailtoUrl(const DnsRecordSet &set,
        const QString &recipient,
        int maximumLength = DefaultMaximumUrlLength,
        Completeness *completeness = nullptr) const;

    /// The encoded mailto: link for a given subject and body.
    static QByteArray encodeMailto(const QString &recipient, const QString &subject, const QString &body);

private:
    QString t(const char *sourceText) const;
    QString recordLabel(const char *sourceText) const;
    TranslateFunction m_translate;
};

} // namespace Ses
