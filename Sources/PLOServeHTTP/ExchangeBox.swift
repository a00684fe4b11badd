import Foundation
import PLOExchange

/// The exchange (and its folder runner) behind a lock: HTTP handlers run concurrently, the
/// engine one call at a time (a journal has one writer anyway).
final class ExchangeBox: @unchecked Sendable {
    private let lock = NSLock()
    let runner: ServeRunner

    init(_ runner: ServeRunner) {
        self.runner = runner
    }

    func with<T>(_ body: (Exchange) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(runner.exchange)
    }

    func withRunner<T>(_ body: (ServeRunner) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(runner)
    }
}
