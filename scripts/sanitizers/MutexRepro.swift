// The minimal program behind tsan-suppressions.txt: two threads add to a counter under a
// Synchronization.Mutex. It is race-free (the final count is always exact), yet TSan on Linux
// reports a data race inside Mutex.withLock, because the futex-based lock in the Swift runtime
// is not annotated for ThreadSanitizer. Build and run (Linux):
//   swiftc -sanitize=thread -parse-as-library scripts/sanitizers/MutexRepro.swift -o /tmp/mutex-repro && /tmp/mutex-repro
import Synchronization
import Foundation

@main enum MutexRepro {
    static func main() {
        let counter = Mutex(0)
        let threads = (0..<2).map { _ in Thread { for _ in 0..<100_000 { counter.withLock { $0 += 1 } } } }
        threads.forEach { $0.start() }
        while counter.withLock({ $0 }) < 200_000 { usleep(1000) }
        print("count:", counter.withLock { $0 })
    }
}
