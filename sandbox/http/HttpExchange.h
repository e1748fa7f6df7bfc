#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace Sandbox
{

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as it arrived: the raw (still percent-encoded) path and query, because
/// SigV4 signs them byte for byte.
struct HttpRequest {
    QByteArray method; ///< Upper case: "GET", "POST"...
    QByteArray path; ///< Percent-encoded, starting with '/'.
    QByteArray query; ///< Raw query string without '?'; may be empty.
    HttpHeaders headers; ///< Names keep their case; duplicates kept.
    QByteArray body;
    QHostAddress remoteAddress;

    /// First value of a header, case-insensitive; empty if absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

/// What the server writes back.
struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

} // namespace Sandbox
