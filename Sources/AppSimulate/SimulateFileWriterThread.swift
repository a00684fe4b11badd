import Foundation

/// A background thread that creates files from batches handed over by the simulation thread,
/// so document rendering (user time) and file creation (system time) overlap on two cores.
/// At most `maxBatches` batches wait at once, so memory stays bounded.
final class SimulateFileWriterThread: @unchecked Sendable {
    typealias Batch = [(path: String, bytes: [UInt8])]

    private let condition = NSCondition()
    private var queue: [Batch] = []
    private var finished = false
    private var done = false
    private var failure: String?
    private let maxBatches = 8
    private let writeFile: @Sendable (String, [UInt8]) throws -> Void

    /// Starts the thread; `writeFile` runs on it for every file.
    init(writeFile: @escaping @Sendable (String, [UInt8]) throws -> Void) {
        self.writeFile = writeFile
        let thread = Thread { [self] in self.loop() }
        thread.name = "plo-simulate-writer"
        thread.start()
    }

    /// Queues a batch, waiting while too many are pending. Throws the writer's first error.
    func submit(_ batch: Batch) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= maxBatches && failure == nil { condition.wait() }
        if let failure { throw SimulateError.io(failure) }
        queue.append(batch)
        condition.broadcast()
    }

    /// Waits until every queued batch is written. Throws the writer's first error.
    func finish() throws {
        condition.lock()
        defer { condition.unlock() }
        finished = true
        condition.broadcast()
        while !done { condition.wait() }
        if let failure { throw SimulateError.io(failure) }
    }

    private func loop() {
        while true {
            condition.lock()
            while queue.isEmpty && !finished { condition.wait() }
            if queue.isEmpty && finished {
                done = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let batch = queue.removeFirst()
            condition.broadcast()
            let failed = failure != nil
            condition.unlock()
            if failed { continue }
            do {
                for (path, bytes) in batch { try writeFile(path, bytes) }
            } catch {
                condition.lock()
                if failure == nil { failure = "\(error)" }
                condition.broadcast()
                condition.unlock()
            }
        }
    }
}
