import Foundation
import PLOExchange
import TestSupport
import Testing

/// The EDI 2.0 face against the MSH API v2 spec and its sample payloads, through the real
/// binary and a client written from the spec.
@Suite(.serialized) struct ServeHTTPContractTests {
    static func keys(_ object: Any?) -> Set<String> { Set((object as? [String: Any])?.keys.map { $0 } ?? []) }
    static func first(_ object: Any?) -> Any? { (object as? [Any])?.first }

    @Test(.enabled(if: ServeHTTPClient.hasSamples, "../shared/reference/edi2/samples is absent"), .timeLimit(.minutes(6)))
    func aWholeExchangeFollowsTheSpecShapes() async throws {
        let server = try ServeHTTPClient("http-contract")
        defer { server.stop() }
        try await server.waitUntilUp()
        let innlagt = try ServeFixtures.innlagt()

        // POST /Messages: 201, the id as a JSON string, a Location header; the same POST again: the same id.
        let (status, _, data) = try await server.request(
            "POST", "/Messages",
            body: try JSONSerialization.data(withJSONObject: [
                "businessDocument": Data(innlagt).base64EncodedString(), "contentType": "application/xml", "contentTransferEncoding": "base64",
            ]))
        #expect(status == 201)
        let id = try #require(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? String)
        #expect(UUID(uuidString: id) != nil)
        for _ in 0..<2 {
            let (again, body) = try await server.post(innlagt)
            #expect(again == 201)
            #expect(body as? String == id)
        }
        // Same MsgId, other bytes: 409.
        let changed = try ServeFixtures.replacing("<GivenName>", with: "<GivenName>X", in: innlagt)
        let (conflict, conflictBody) = try await server.post(changed)
        #expect(conflict == 409)
        #expect(Self.keys(conflictBody).isSuperset(of: ["requestId", "error", "errorCode"]))

        // An hour later: the AppRec and the Innleggelsesrapport wait for the hospital.
        let (clock, _) = try await server.json("POST", "/_plo/clock", ["advance": "PT1H"])
        #expect(clock == 200)
        let (listed, list) = try await server.json("GET", "/Messages?ReceiverHerIds=8100001")
        #expect(listed == 200)
        let entries = try #require(list as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(Self.keys(entries.first) == Self.keys(Self.first(try ServeHTTPClient.sample("get-messages-response.json"))))
        let (_, withMetadata) = try await server.json("GET", "/Messages?ReceiverHerIds=8100001&IncludeMetadata=true")
        let messageKeys = Self.keys(try ServeHTTPClient.sample("get-message-response.json"))
        #expect((withMetadata as? [Any])?.allSatisfy { Self.keys($0) == messageKeys } == true)
        let messages = try #require(withMetadata as? [[String: Any]])
        let appRec = try #require(messages.first { $0["isAppRec"] as? Bool == true })
        let report = try #require(messages.first { $0["isAppRec"] as? Bool == false })
        let reportId = try #require(report["id"] as? String)

        // GET /Messages/{id}, business-document.
        let (got, message) = try await server.json("GET", "/Messages/\(reportId)")
        #expect(got == 200)
        #expect(Self.keys(message) == messageKeys)
        #expect((message as? [String: Any])?["senderHerId"] as? Int == 8_200_002)
        let (docStatus, document) = try await server.json("GET", "/Messages/\(reportId)/business-document")
        #expect(docStatus == 200)
        #expect(Self.keys(document) == Self.keys(try ServeHTTPClient.sample("get-business-document-response.json")))
        let base64 = try #require((document as? [String: Any])?["businessDocument"] as? String)
        let xml = String(decoding: try #require(Data(base64Encoded: base64)), as: UTF8.self)
        #expect(xml.contains("INNLEGGELSESRAPPORT"))

        // The status and AppRec of the posted message: the counterpart's OK.
        let (statusCode, statusBody) = try await server.json("GET", "/Messages/\(id)/status")
        #expect(statusCode == 200)
        #expect(Self.keys(Self.first(statusBody)) == Self.keys(Self.first(try ServeHTTPClient.sample("get-status-acked.json"))))
        #expect((Self.first(statusBody) as? [String: Any])?["appRecStatus"] as? String == "Ok")
        let (_, apprecBody) = try await server.json("GET", "/Messages/\(id)/apprec")
        #expect(Self.keys(Self.first(apprecBody)) == Self.keys(Self.first(try ServeHTTPClient.sample("get-apprecinfo-ok.json"))))
        #expect(appRec["businessDocumentId"] as? String != nil)

        // The hospital's AppRec for the Innleggelsesrapport, twice: one AppRec, one id.
        let (posted, first) = try await server.json("POST", "/Messages/\(reportId)/apprec/8100001", ["appRecStatus": "Ok"])
        #expect(posted == 201)
        let (_, second) = try await server.json("POST", "/Messages/\(reportId)/apprec/8100001", ["appRecStatus": "Ok"])
        #expect((first as? String) != nil && (first as? String) == (second as? String))
        let (_, reportApprec) = try await server.json("GET", "/Messages/\(reportId)/apprec")
        #expect((Self.first(reportApprec) as? [String: Any])?["appRecStatus"] as? String == "Ok")

        // Marked read, it is no longer listed.
        let (read, _) = try await server.json("PUT", "/Messages/\(reportId)/read/8100001")
        #expect(read == 204)
        let (_, after) = try await server.json("GET", "/Messages?ReceiverHerIds=8100001")
        #expect((after as? [[String: Any]])?.contains { $0["id"] as? String == reportId } == false)
        #expect((after as? [[String: Any]])?.count == 1)
    }

    @Test(.timeLimit(.minutes(6))) func documentedErrors() async throws {
        let server = try ServeHTTPClient("http-errors")
        defer { server.stop() }
        try await server.waitUntilUp()
        let unknown = "00000000-0000-4000-8000-0000000000ff"
        // Every operation needs api-version and nhn-source-system: 400 with an ErrorMessage.
        let operations: [(String, String)] = [
            ("POST", "/Messages"), ("GET", "/Messages?ReceiverHerIds=1"), ("GET", "/Messages/\(unknown)"),
            ("GET", "/Messages/\(unknown)/business-document"), ("PUT", "/Messages/\(unknown)/read/1"), ("GET", "/Messages/\(unknown)/status"),
            ("GET", "/Messages/\(unknown)/apprec"), ("POST", "/Messages/\(unknown)/apprec/1"),
        ]
        for (method, path) in operations {
            let (status, body) = try await server.json(method, path, method == "GET" || method == "PUT" ? nil : [:], headers: [:])
            #expect(status == 400, "\(method) \(path)")
            #expect(Self.keys(body).isSuperset(of: ["requestId", "errorCode", "error"]), "\(method) \(path)")
        }
        // Unknown ids: 404.
        for (method, path) in operations.dropFirst(2) {
            let body: Any? = method == "POST" ? ["appRecStatus": "Ok"] : nil
            let (status, _) = try await server.json(method, path, body)
            #expect(status == 404, "\(method) \(path)")
        }
        // Bad requests: no ReceiverHerIds, MessagesToFetch out of range, not base64, a rejection without errors.
        #expect(try await server.json("GET", "/Messages").0 == 400)
        #expect(try await server.json("GET", "/Messages?ReceiverHerIds=1&MessagesToFetch=101").0 == 400)
        #expect(
            try await server.json(
                "POST", "/Messages", ["businessDocument": "%%%", "contentType": "application/xml", "contentTransferEncoding": "base64"]
            ).0 == 400)
        #expect(try await server.json("POST", "/Messages", ["contentType": "application/xml"]).0 == 400)
        // Over 35 MB: 413.
        let big = Data(repeating: UInt8(ascii: "A"), count: 36 * 1024 * 1024)
        let (tooLarge, _, _) = try await server.request("POST", "/Messages", body: big)
        #expect(tooLarge == 413)
        // The server is still up.
        #expect(try await server.json("GET", "/_plo/health", headers: [:]).0 == 200)
    }
}

/// The live page (`GET /`) rendered in headless Chromium during a run: not blank.
@Suite struct ServeLivePageTests {
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
            "chromium not installed; run scripts/screenshot-serve.sh after apt-get install -y chromium"))
    func livePageScreenshotIsNotBlank() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("plo-serve-\(getpid()).png").path
        process.arguments = [TestPaths.root.appendingPathComponent("scripts/screenshot-serve.sh").path, png]
        var env = ProcessInfo.processInfo.environment
        env["PLO"] = CLI.executable.path
        process.environment = env
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: png))
        try? FileManager.default.removeItem(atPath: png)
    }
}

/// A whole stay through the API, as an EPJ hospital's EDI 2.0 client would run it.
@Suite(.serialized) struct ServeHTTPStayTests {
    @Test(.timeLimit(.minutes(6))) func aWholeStayThroughTheAPI() async throws {
        let server = try ServeHTTPClient("http-stay")
        defer { server.stop() }
        try await server.waitUntilUp()
        var received: [String: String] = [:]  // API id → business document
        var sentIds: [String] = []
        for message in try ServeFixtures.hospitalMessages() {
            let text = String(decoding: message.bytes, as: UTF8.self)
            let genDate = try #require(StandInEPJ.element("GenDate", in: text))
            // The virtual clock moves to the message's send time, then it is sent.
            let (moved, _) = try await server.json("POST", "/_plo/clock", ["to": genDate])
            #expect(moved == 200)
            let (status, id) = try await server.post(message.bytes)
            #expect(status == 201)
            sentIds.append(try #require(id as? String))
            // The EPJ receives: lists what is unread, fetches each, sends AppRecs for PLO messages, marks read.
            let (_, clockAfter) = try await server.json("POST", "/_plo/clock", ["advance": "PT15M"])
            #expect((clockAfter as? [String: Any])?["now"] != nil)
            try await receiveAll(server, into: &received)
        }
        _ = try await server.json("POST", "/_plo/clock", ["advance": "P5D"])
        try await receiveAll(server, into: &received)

        let documents = Array(received.values)
        // One AppRec per message sent, each OK.
        #expect(documents.filter { $0.contains("<AppRec") }.count == sentIds.count)
        for id in sentIds {
            let (_, apprec) = try await server.json("GET", "/Messages/\(id)/apprec")
            #expect(((apprec as? [Any])?.first as? [String: Any])?["appRecStatus"] as? String == "Ok")
        }
        // The Innleggelsesrapport and the Dialogmelding answer came, and got the EPJ's AppRecs.
        #expect(documents.filter { $0.contains("<MsgHead") && $0.contains("INNLEGGELSESRAPPORT") }.count == 1)
        #expect(documents.filter { $0.contains("DIALOG_HELSEFAGLIG") }.count == 1)
        let (_, report) = try await server.json("GET", "/_plo/report?format=json", headers: [:])
        let summary = (report as? [String: Any])?["summary"] as? [String: Any]
        #expect(summary?["errors"] as? Int == 0, "\(String(describing: summary))")
        #expect(summary?["stays"] as? Int == 1)
    }

    func receiveAll(_ server: ServeHTTPClient, into received: inout [String: String]) async throws {
        while true {
            let (_, list) = try await server.json("GET", "/Messages?ReceiverHerIds=8100001&IncludeMetadata=true&MessagesToFetch=100")
            let entries = try #require(list as? [[String: Any]])
            if entries.isEmpty { return }
            for entry in entries {
                let id = try #require(entry["id"] as? String)
                let (_, document) = try await server.json("GET", "/Messages/\(id)/business-document")
                let base64 = try #require((document as? [String: Any])?["businessDocument"] as? String)
                received[id] = String(decoding: try #require(Data(base64Encoded: base64)), as: UTF8.self)
                if entry["isAppRec"] as? Bool == false {
                    let (acked, _) = try await server.json("POST", "/Messages/\(id)/apprec/8100001", ["appRecStatus": "Ok"])
                    #expect(acked == 201)
                }
                let (read, _) = try await server.json("PUT", "/Messages/\(id)/read/8100001")
                #expect(read == 204)
            }
        }
    }
}
