// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the control socket's messages (core/ControlMessage), which come
// from whoever manages to write to the socket. Every request that is accepted must be
// in range and survive encoding and decoding unchanged; every rejection must say why.
// Responses (what a client reads from the daemon) get the same treatment.
#include "core/ControlMessage.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstddef>
#include <cstdint>

using namespace limber;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray line = fuzz::bytesOf(data, size);

    QString error;
    if (const auto request = ControlRequest::decode(line, &error)) {
        LIMBER_REQUIRE(line.size() <= ControlRequest::kMaxBytes);
        LIMBER_REQUIRE(request->minutes >= 0 && request->minutes <= ControlRequest::kMaxMinutes);
        const QByteArray encoded = request->encode();
        LIMBER_REQUIRE(encoded.endsWith('\n') && encoded.count('\n') == 1);
        QString again;
        const auto decoded = ControlRequest::decode(encoded.chopped(1), &again);
        LIMBER_REQUIRE(decoded && decoded->command == request->command &&
                       decoded->minutes == request->minutes && decoded->json == request->json);
    } else {
        LIMBER_REQUIRE(!error.isEmpty());
    }

    error.clear();
    if (const auto response = ControlResponse::decode(line, &error)) {
        LIMBER_REQUIRE(response->exitCode >= 0 && response->exitCode <= 255);
        const QByteArray encoded = response->encode();
        // One line on the wire, whatever the output holds.
        LIMBER_REQUIRE(encoded.endsWith('\n') && encoded.count('\n') == 1);
        QString again;
        const auto decoded = ControlResponse::decode(encoded.chopped(1), &again);
        LIMBER_REQUIRE(decoded && decoded->exitCode == response->exitCode &&
                       decoded->output == response->output);
    } else {
        LIMBER_REQUIRE(!error.isEmpty());
    }
    return 0;
}
