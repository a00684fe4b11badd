import Foundation
import PLOExchange
import PLOSimulator
import Testing

/// `kill -9` while four HTTP clients post concurrently, restart on the same journal: every
/// message acknowledged with a 2xx is there, under the id it was given, once.
@Suite(.serialized) struct ServeHTTPCrashTests {
    actor Acknowledged {
        var ids: [String: String] = [:]  // MsgId → API id
        var conflicts: [String] = []
        func add(_ msgId: String, _ id: String) {
            if let earlier = ids[msgId], earlier != id { conflicts.append("\(msgId): \(earlier) then \(id)") }
            ids[msgId] = id
        }
    }

    @Test(.timeLimit(.minutes(8))) func killNineUnderFourConcurrentClients() async throws {
        let server = try ServeHTTPClient("http-crash")
        defer { server.stop() }
        try await server.waitUntilUp()
        let messages = try ServeFixtures.hospitalMessages(seed: 21, stays: 20).map(\.bytes)
        let acknowledged = Acknowledged()
        let kills = try await withThrowingTaskGroup(of: Int.self) { group in
            for client in 0..<4 {
                let mine = messages.enumerated().filter { $0.offset % 4 == client }.map(\.element)
                group.addTask {
                    for bytes in mine {
                        let msgId = StandInEPJ.element("MsgId", in: String(decoding: bytes, as: UTF8.self)) ?? ""
                        // Retry until acknowledged: the server may be down between a kill and its restart.
                        for _ in 0..<400 {
                            if let (status, body) = try? await server.post(bytes), status == 201, let id = body as? String {
                                await acknowledged.add(msgId, id)
                                break
                            }
                            try await Task.sleep(nanoseconds: 25_000_000)
                        }
                    }
                    return 0
                }
            }
            group.addTask {
                var rng = SplitMix64(seed: 99)
                var kills = 0
                for _ in 0..<6 {
                    try await Task.sleep(nanoseconds: UInt64(rng.int(in: 150...500)) * 1_000_000)
                    server.killNine()
                    kills += 1
                    try server.start()
                    try await server.waitUntilUp()
                }
                return kills
            }
            var total = 0
            for try await n in group { total += n }
            return total
        }
        #expect(kills == 6)
        let ids = await acknowledged.ids
        #expect(await acknowledged.conflicts.isEmpty)
        #expect(ids.count == messages.count, "every message was acknowledged in the end")
        // Every acknowledged message is there, under its id, once.
        for (msgId, id) in ids {
            let (status, body) = try await server.json("GET", "/Messages/\(id)")
            #expect(status == 200)
            #expect((body as? [String: Any])?["businessDocumentId"] as? String == msgId)
        }
        let (_, _, journal) = try await server.request("GET", "/_plo/journal", headers: [:])
        let fromEPJ = String(decoding: journal, as: UTF8.self).split(separator: "\n").filter { $0.contains("\"direction\":\"in\"") }
        #expect(fromEPJ.count == messages.count)
    }
}
