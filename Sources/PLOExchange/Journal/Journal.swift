import Foundation
import GRDB

/// The durable journal of `plo serve`: one SQLite file (WAL, `synchronous = FULL`, one writer)
/// holding every message received and sent, the scheduled events, the findings and the clock.
///
/// Every received message is committed before it is acknowledged; a scheduled event is marked
/// done in the same transaction that journals what it sent, so after `kill -9` and a restart
/// nothing acknowledged is lost and nothing is sent twice.
public final class Journal: Sendable {
    /// The file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the journal at `path`.
    /// - Throws: ``ExchangeError/journal(_:)`` when the file cannot be opened or is no journal.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        config.busyMode = .timeout(5)
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(pool)
        } catch {
            throw ExchangeError.journal("cannot open the journal \(path): \(error)")
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    CREATE TABLE message(
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        direction TEXT NOT NULL,
                        sender TEXT NOT NULL,
                        receiver TEXT NOT NULL,
                        msgId TEXT NOT NULL,
                        type TEXT NOT NULL,
                        genDate TEXT NOT NULL,
                        patient TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        at INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        appRecStatus INTEGER,
                        appRecCode TEXT,
                        acknowledges TEXT,
                        facts TEXT,
                        flow TEXT,
                        findings TEXT NOT NULL,
                        delivered INTEGER NOT NULL DEFAULT 0,
                        bytes BLOB NOT NULL,
                        UNIQUE(direction, sender, msgId, hash));
                    CREATE INDEX message_msgid ON message(direction, sender, msgId);
                    CREATE INDEX message_patient ON message(patient);
                    CREATE INDEX message_undelivered ON message(delivered, direction);
                    CREATE TABLE event(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        due INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        done INTEGER NOT NULL DEFAULT 0);
                    CREATE INDEX event_due ON event(done, due, id);
                    CREATE TABLE finding(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at INTEGER NOT NULL,
                        stay TEXT NOT NULL,
                        rule TEXT NOT NULL,
                        severity TEXT NOT NULL,
                        message TEXT NOT NULL,
                        files TEXT NOT NULL,
                        UNIQUE(stay, rule, message));
                    CREATE TABLE fault(
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        remaining INTEGER NOT NULL);
                    """)
        }
        migrator.registerMigration("v2-read") { db in
            // Which receiver has marked which message read (EDI 2.0 PUT /Messages/{id}/read/{herId}).
            try db.execute(sql: "CREATE TABLE readmark(seq INTEGER NOT NULL, her TEXT NOT NULL, PRIMARY KEY(seq, her))")
        }
        return migrator
    }

    /// Runs `body` in one write transaction.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.write(body)
    }

    /// Runs `body` on a read-only snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }

    /// `PRAGMA integrity_check`: `"ok"` when the file is sound.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    // MARK: Meta

    static func meta(_ db: Database, _ key: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    static func setMeta(_ db: Database, _ key: String, _ value: String) throws {
        try db.cachedStatement(sql: "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").execute(
            arguments: [key, value])
    }

    /// A meta value, read outside a transaction.
    public func meta(_ key: String) throws -> String? {
        try read { db in try Self.meta(db, key) }
    }
}

/// Why the exchange cannot go on.
public enum ExchangeError: Error, CustomStringConvertible, Equatable {
    /// The journal cannot be opened or written.
    case journal(String)
    /// A folder cannot be used.
    case folder(String)
    /// Options that do not fit together.
    case usage(String)

    public var description: String {
        switch self {
        case .journal(let text), .folder(let text), .usage(let text): text
        }
    }
}
