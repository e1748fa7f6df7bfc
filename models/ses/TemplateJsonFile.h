#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "models/ses/LocalResult.h"
#include "models/ses/TemplateTypes.h"

namespace Ses
{

/// Imports and exports a template as exactly the JSON that
/// `aws sesv2 create-email-template --cli-input-json file://F` takes:
///
///     {"TemplateName": "...", "TemplateContent": {"Subject": "...", "Text": "...", "Html": "..."},
///      "Tags": [{"Key": "...", "Value": "..."}]}
///
/// (Tags optional), which is also what `aws sesv2 get-email-template` prints, so a template
/// moves between accounts and into version control unchanged. Reading checks the document the
/// way the AWS CLI validates its input (required members, types, no unknown members) and names
/// the file, the line and column and the member of the first problem.
class TemplateJsonFile
{
    Q_DECLARE_TR_FUNCTIONS(Ses::TemplateJsonFile)

public:
    /// Parses a document; sourceName is the file name used in errors.
    static LocalResult<EmailTemplate> parse(const QByteArray &data, const QString &sourceName = {});
    static LocalResult<EmailTemplate> read(const QString &path);

    /// The document, members in the order the AWS CLI's skeleton has them, indented by four
    /// spaces, UTF-8, ending with a newline; empty parts and empty tag lists are left out.
    static QByteArray serialize(const EmailTemplate &emailTemplate);
    /// Writes serialize() atomically.
    static LocalResult<Done> write(const QString &path, const EmailTemplate &emailTemplate);
};

} // namespace Ses
