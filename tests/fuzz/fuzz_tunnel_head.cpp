// SPDX-License-Identifier: GPL-3.0-or-later
// The CONNECT head a local client sends to the app's plain-HTTP tunnel (any local user can connect
// to it): a destination is only ever a printable host and a port in range, and reads back the same.
#include "FuzzSupport.h"

#include "http/transport/TunnelLink.h"

using namespace smsc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head = fuzz::bytes(data, size);
    const std::optional<TunnelLink::Target> target = TunnelLink::parseHead(head);
    if (!target)
        return 0;
    SMSC_FUZZ_CHECK(target->port >= 1 && target->port <= 65535);
    SMSC_FUZZ_CHECK(!target->host.isEmpty());
    for (const QChar c : target->host)
        SMSC_FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f && c != u'[' && c != u']');
    const QByteArray host = target->host.toLatin1();
    const QByteArray again = "CONNECT " + (host.contains(':') ? '[' + host + ']' : host) + ':'
        + QByteArray::number(target->port) + " HTTP/1.1\r\n\r\n";
    const std::optional<TunnelLink::Target> reread = TunnelLink::parseHead(again);
    SMSC_FUZZ_CHECK(reread && reread->host == target->host && reread->port == target->port);
    return 0;
}
