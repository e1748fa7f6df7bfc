#pragma once

#include <QString>

class QNetworkAccessManager;
class QSettings;

namespace Aws
{
class Clock;
}
namespace Ses
{
class StatisticsStore;
}

namespace Views
{

class MessageBoxes;

/// What every pane receives at construction besides its connection: the injected services it
/// may use. Nothing here is global; the composition root (or a test) fills it.
struct PaneContext {
    MessageBoxes *messageBoxes = nullptr;
    QSettings *settings = nullptr; ///< For a pane's own view state (column widths...).
    const Aws::Clock *clock = nullptr;
    /// The statistics history (may be null: charts then show only what SES returns).
    Ses::StatisticsStore *statisticsStore = nullptr;
    /// For calls that are not AWS API calls (the Sandbox's captured-mail store); may be null.
    QNetworkAccessManager *network = nullptr;
    /// Where panes keep local data (template history and drafts, test sends); empty: nowhere.
    QString dataDirectory = {};
};

} // namespace Views
