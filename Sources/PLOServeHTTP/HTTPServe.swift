import Foundation
import Hummingbird
import Logging
import PLOExchange

/// Serves the EDI 2.0 face and the control API over an exchange until SIGTERM/SIGINT; a real
/// clock (and the folders, if given) is moved by a ticker every 50 ms.
public enum HTTPServe {
    /// `host:port` → parts; `nil` when malformed.
    public static func address(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port) else {
            return nil
        }
        let host = String(text[..<colon])
        return (host.isEmpty ? "127.0.0.1" : host, port)
    }

    public static func run(runner: ServeRunner, clock: ServeClock, journalPath: String, host: String, port: Int) async throws {
        let box = ExchangeBox(runner)
        var logger = Logger(label: "plo.serve")
        logger.logLevel = .info
        let router = Router()
        router.add(middleware: LogRequestsMiddleware(.info))
        EDIRoutes(box: box).add(to: router)
        ControlRoutes(box: box, clock: clock, journalPath: journalPath).add(to: router)
        let app = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: "plo serve"), logger: logger)
        let anchor = (wall: Date(), virtual: box.with { $0.now })
        let ticker = Task {
            while !Task.isCancelled {
                if clock == .real {
                    do {
                        try box.withRunner { try $0.tick(anchor: anchor) }
                    } catch {
                        logger.error("tick failed: \(error)")
                    }
                } else {
                    try? box.withRunner { try $0.deliver() }
                }
                try? await Task.sleep(nanoseconds: 50_000_000)
            }
        }
        defer { ticker.cancel() }
        try await app.runService()
    }
}
