#pragma once

#include <functional>
#include <utility>

#include <QObject>
#include <QPointer>
#include <QString>

#include "models/aws/AwsJob.h"
#include "models/aws/Result.h"

namespace Ses
{

template <typename T> using Callback = std::function<void(Aws::Result<T>)>;

/// A multi-request operation (all pages of a list) that can be cancelled as one. It deletes
/// itself once the operation has ended.
class PagedCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedCall)

public:
    explicit PagedCall(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    void setCurrentJob(Aws::AwsJob *job);
    void cancel();
    bool isCancelled() const
    {
        return m_cancelled;
    }

    /// How one list operation is paged: fetch sends the request for one page (an empty token is
    /// the first page) with the given context; absorb folds a page into the caller's accumulator
    /// and returns the items so far and the page's NextToken; finish builds the final value.
    template <typename Page, typename Out> struct Pages {
        std::function<Aws::AwsJob *(const QString &token, QObject *context, Callback<Page> onPage)> fetch;
        std::function<std::pair<int, QString>(const Page &)> absorb;
        std::function<Out()> finish;
    };

    /// Follows NextToken through every page, then calls done once with the result, the first
    /// error, or cancelled. The returned call is a child of context.
    template <typename Page, typename Out>
    static PagedCall *start(QObject *context, Pages<Page, Out> pages, Callback<Out> done)
    {
        auto *call = new PagedCall(context);
        call->next<Page, Out>(QString(), std::move(pages), std::move(done));
        return call;
    }

Q_SIGNALS:
    void pageReceived(int itemsSoFar);

private:
    template <typename Page, typename Out> void next(const QString &token, Pages<Page, Out> pages, Callback<Out> done)
    {
        auto fetch = pages.fetch;
        setCurrentJob(fetch(token, this, [this, token, pages, done](Aws::Result<Page> page) {
            // deleteLater first: done() may delete this call's parent.
            if (isCancelled() || page.isCancelled()) {
                deleteLater();
                done(Aws::Result<Out>::cancelled());
                return;
            }
            if (!page.ok()) {
                deleteLater();
                done(page.error());
                return;
            }
            const auto [itemsSoFar, nextToken] = pages.absorb(page.value());
            Q_EMIT pageReceived(itemsSoFar);
            // A token equal to the one just sent would loop forever: treat it as the end.
            if (nextToken.isEmpty() || nextToken == token) {
                deleteLater();
                done(pages.finish());
                return;
            }
            next<Page, Out>(nextToken, pages, done);
        }));
    }

    QPointer<Aws::AwsJob> m_job;
    bool m_cancelled = false;
};

} // namespace Ses
