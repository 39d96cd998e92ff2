// SPDX-License-Identifier: GPL-3.0-or-later
// Pages of GET /v3/sources and GET /v3/tasks (the "Add from account" picker and list-servers/list-tasks).
#include "FuzzSupport.h"

#include "account/AccountListParser.h"

using namespace smsc;

namespace {

template <typename Item>
void checkPage(const ListPage<Item> &page)
{
    if (!page.problem.isEmpty())
        SMSC_FUZZ_CHECK(page.items.isEmpty());
    SMSC_FUZZ_CHECK(page.skipped >= 0);
    for (const Item &item : page.items)
        SMSC_FUZZ_CHECK(!item.id.isEmpty());
    SMSC_FUZZ_CHECK(AccountListParser::rowsFor(page.items).size() == page.items.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const ListPage<SourceServer> servers = AccountListParser::parseServers(body);
    checkPage(servers);
    const ListPage<MigrationTask> tasks = AccountListParser::parseTasks(body);
    checkPage(tasks);
    for (const MigrationTask &task : tasks.items) {
        if (task.createDate.isValid())
            SMSC_FUZZ_CHECK(task.createDate.timeSpec() == Qt::UTC);
    }
    return 0;
}
