#!/usr/bin/env python3
"""Writes two-weeks.xml (a GetSendStatistics answer as SES sends it: 15-minute points at SES's
unaligned minutes, in no particular order, with night-time gaps and one silent day) and
two-weeks.expected.json (totals and per-aggregation bucket counts computed here, independently
of SesDesk's code). Deterministic: run it again and the files do not change."""
import datetime as dt
import json
import random

random.seed(20260314)
start = dt.datetime(2026, 3, 1, 0, 13, tzinfo=dt.timezone.utc)
end = dt.datetime(2026, 3, 15, 0, 0, tzinfo=dt.timezone.utc)
points = []
t = start
i = 0
while t < end:
    silent_day = t.date() == dt.date(2026, 3, 5)
    night = 1 <= t.hour < 5
    if not silent_day and not night:
        attempts = 40 + (i * 7) % 60
        bounces = (i * 3) % 5 if i % 4 == 0 else 0
        complaints = 1 if i % 97 == 0 else 0
        rejects = 1 if i % 53 == 0 else 0
        points.append((t, attempts, bounces, complaints, rejects))
    t += dt.timedelta(minutes=15)
    i += 1
shuffled = points[:]
random.shuffle(shuffled)

lines = ['<GetSendStatisticsResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">',
         '  <GetSendStatisticsResult>', '    <SendDataPoints>']
for (ts, a, b, c, r) in shuffled:
    lines += ['      <member>',
              '        <DeliveryAttempts>%d</DeliveryAttempts>' % a,
              '        <Timestamp>%s</Timestamp>' % ts.strftime('%Y-%m-%dT%H:%M:%SZ'),
              '        <Rejects>%d</Rejects>' % r,
              '        <Bounces>%d</Bounces>' % b,
              '        <Complaints>%d</Complaints>' % c,
              '      </member>']
lines += ['    </SendDataPoints>', '  </GetSendStatisticsResult>', '  <ResponseMetadata>',
          '    <RequestId>8f0b1a6e-1e5c-4f7b-9a43-2c7d0e9b5a11</RequestId>', '  </ResponseMetadata>',
          '</GetSendStatisticsResponse>', '']
open('two-weeks.xml', 'w').write('\n'.join(lines))


def buckets(seconds):
    return len({int(p[0].timestamp()) // seconds for p in points})


expected = {
    'points': len(points),
    'first': points[0][0].strftime('%Y-%m-%dT%H:%M:%SZ'),
    'last': points[-1][0].strftime('%Y-%m-%dT%H:%M:%SZ'),
    'DeliveryAttempts': sum(p[1] for p in points),
    'Bounces': sum(p[2] for p in points),
    'Complaints': sum(p[3] for p in points),
    'Rejects': sum(p[4] for p in points),
    # Over [2026-03-01T00:00Z, 2026-03-15T00:00Z): every bucket is a row; these have data.
    'bucketsWithData': {'15m': buckets(900), '1h': buckets(3600), '1d': buckets(86400)},
    'rows': {'15m': 14 * 96, '1h': 14 * 24, '1d': 14},
}
json.dump(expected, open('two-weeks.expected.json', 'w'), indent=2)
open('two-weeks.expected.json', 'a').write('\n')
