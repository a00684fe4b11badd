import AppCore
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PLOCalendar
import PLOExchange
import PLORules
import XMLCore

/// The control and teaching API under `/_plo/` and the live page at `/` (serve.md).
struct ControlRoutes {
    let box: ExchangeBox
    let clock: ServeClock
    let journalPath: String

    func add(to router: Router<BasicRequestContext>) {
        router.get("/_plo/health") { _, _ in health() }
        router.post("/_plo/clock") { request, _ in try await setClock(request) }
        router.get("/_plo/journal") { request, _ in journal(request) }
        router.get("/_plo/findings") { _, _ in findings() }
        router.get("/_plo/report") { request, _ in report(request) }
        router.post("/_plo/faults") { request, _ in try await faults(request) }
        router.get("/") { _, _ in livePage() }
    }

    func health() -> Response {
        let now = box.with { Oslo.local($0.now).iso }
        return JSONBody.response(["status": "ok", "clock": clock.rawValue, "now": now, "journal": journalPath])
    }

    func setClock(_ request: Request) async throws -> Response {
        guard clock == .virtual else { return JSONBody.error(.conflict, "the clock is real; only a virtual clock is moved by /_plo/clock") }
        var request = request
        let data = Data((try await request.collectBody(upTo: 64 * 1024)).readableBytesView)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return JSONBody.error(.badRequest, "give {\"advance\":\"PT4H\"} or {\"to\":\"2026-03-02T14:00:00\"}")
        }
        do {
            return try box.with { exchange in
                var target: Int64
                if let advance = object["advance"] as? String {
                    guard let seconds = ISODuration.seconds(advance) else {
                        return JSONBody.error(.badRequest, "advance: \(advance) is no ISO 8601 duration")
                    }
                    target = exchange.now + seconds
                } else if let to = object["to"] as? String, let time = LocalDateTime(iso: to) {
                    target = Oslo.instant(time)
                    guard target >= exchange.now else {
                        return JSONBody.error(.conflict, "the clock never goes back (now \(Oslo.local(exchange.now).iso))")
                    }
                } else {
                    return JSONBody.error(.badRequest, "give {\"advance\":\"PT4H\"} or {\"to\":\"2026-03-02T14:00:00\"}")
                }
                let fired = try exchange.advance(to: target)
                try box.runner.deliver()
                return JSONBody.response(["now": Oslo.local(exchange.now).iso, "fired": fired] as [String: Any])
            }
        } catch {
            return JSONBody.error(.internalServerError, "\(error)")
        }
    }

    func journal(_ request: Request) -> Response {
        let since = request.uri.queryParameters["since"].flatMap { Int64($0) } ?? 0
        do {
            let lines = try box.with { try $0.export() }.split(separator: "\n").filter { line in
                guard line.contains("\"seq\":") else { return false }
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String],
                    let seq = object["seq"].flatMap({ Int64($0) })
                else { return false }
                return seq > since
            }
            return JSONBody.text(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"), contentType: "application/x-ndjson")
        } catch {
            return JSONBody.error(.internalServerError, "\(error)")
        }
    }

    func findings() -> Response {
        do {
            let (live, report) = try box.with { (try $0.liveFindings(), try $0.flowReport()) }
            let own = report.allFindings.filter { !RuleRegistry.isFlowRule($0.rule) }
            return JSONBody.response([
                "live": live.map {
                    ["at": $0.at.iso, "stay": $0.stay, "rule": $0.rule, "severity": $0.severity.rawValue, "message": $0.message, "files": $0.files]
                        as [String: Any]
                },
                "messages": own.map {
                    ["rule": $0.rule, "severity": $0.severity.rawValue, "message": $0.message, "files": $0.files] as [String: Any]
                },
            ])
        } catch {
            return JSONBody.error(.internalServerError, "\(error)")
        }
    }

    func report(_ request: Request) -> Response {
        let name = request.uri.queryParameters["format"].map(String.init) ?? "json"
        guard let format = OutputFormat(rawValue: name) else {
            return JSONBody.error(.badRequest, "format is json, junit, sarif, html or text")
        }
        do {
            let text = try box.with { try $0.flowReport() }.rendered(format)
            let type =
                ["json": "application/json", "sarif": "application/sarif+json", "junit": "application/xml", "html": "text/html; charset=utf-8"][name]
                ?? "text/plain; charset=utf-8"
            return JSONBody.text(text, contentType: type)
        } catch {
            return JSONBody.error(.internalServerError, "\(error)")
        }
    }

    func faults(_ request: Request) async throws -> Response {
        var request = request
        let data = Data((try await request.collectBody(upTo: 64 * 1024)).readableBytesView)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let text = object["fault"] as? String,
            let fault = ExchangeFault(text: text)
        else {
            return JSONBody.error(.badRequest, "give {\"fault\":\"no-apprec|late-apprec|reject:CODE|duplicate-apprec|no-answer\",\"count\":1}")
        }
        let count = object["count"] as? Int ?? 1
        do {
            try box.with { try $0.addFault(fault, count: count) }
            return JSONBody.response(["fault": fault.text, "count": count] as [String: Any], status: .created)
        } catch {
            return JSONBody.error(.internalServerError, "\(error)")
        }
    }

    /// The stays as the `plo flow` HTML timeline, reloading every 2 seconds.
    func livePage() -> Response {
        do {
            var page = try box.with { try $0.flowReport() }.rendered(.html)
            if let head = page.range(of: "<head>") {
                page.replaceSubrange(head, with: "<head>\n<meta http-equiv=\"refresh\" content=\"2\">")
            }
            return JSONBody.text(page, contentType: "text/html; charset=utf-8")
        } catch {
            return JSONBody.error(.internalServerError, "\(error)")
        }
    }
}
