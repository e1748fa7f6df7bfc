#pragma once

#include <memory>
#include <optional>

#include "models/ses/AccountScope.h"
#include "models/ses/TemplateSaver.h"
#include "models/ses/TemplateVersionStore.h"

namespace Aws
{
class Clock;
}
namespace Connection
{
class Session;
}

namespace Views
{

class FileDialogs;
class MessageBoxes;

/// What the template commands work with: the connection, where message boxes and file
/// choosers go, and the local version history of this account and region (absent when the
/// application keeps no local data).
struct TemplateServices {
    std::shared_ptr<Connection::Session> session;
    MessageBoxes *messageBoxes = nullptr;
    FileDialogs *fileDialogs = nullptr;
    const Aws::Clock *clock = nullptr;
    std::optional<Ses::TemplateVersionStore> history;
    Ses::AccountScope scope;

    Ses::TemplateSaver saver() const;
};

} // namespace Views
