import PLOCalendar
import PLOModel
import PLORules
import XMLCore

extension JSONFormat {
    /// One stay: id, parties, messages, findings, admission, closed, informed, then the parties'
    /// names where the messages give them.
    static func write(_ stay: StayResult, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", stay.id)
        writer.field("patient", stay.key.patient)
        writer.field("hospital", stay.key.hospital)
        writer.field("municipality", stay.key.municipality)
        writer.key("messages")
        writer.beginArray()
        for message in stay.messages { write(message, to: &writer) }
        writer.endArray()
        writer.key("findings")
        write(stay.findings, files: true, to: &writer)
        writer.field("admission", stay.admission?.iso)
        writer.field("closed", stay.closed)
        writer.field("informed", stay.informed?.iso)
        if let name = stay.hospitalName { writer.field("hospitalName", name) }
        if let name = stay.municipalityName { writer.field("municipalityName", name) }
        writer.endObject()
    }

    /// One message of a stay: file, type, MsgId, time, status, sender side, then its resends, its
    /// role and the AppRecs acknowledging it where there are any.
    static func write(_ message: StayMessage, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("file", message.file)
        writer.field("type", message.type.rawValue)
        writer.field("msgId", message.msgId)
        writer.field("time", message.time.iso)
        writer.field("status", message.status.rawValue)
        writer.field("from", message.side.rawValue)
        if !message.resends.isEmpty {
            writer.key("resends")
            write(message.resends, to: &writer)
        }
        if let role = message.role { writer.field("role", role) }
        if !message.receipts.isEmpty {
            writer.key("receipts")
            writer.beginArray()
            for receipt in message.receipts {
                writer.beginObject()
                writer.field("file", receipt.file)
                writer.field("id", receipt.id)
                writer.field("time", receipt.time.iso)
                writer.field("status", receipt.status)
                writer.key("errors")
                write(receipt.errors, to: &writer)
                writer.field("from", receipt.senderHerId)
                writer.field("to", receipt.receiverHerId)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    /// A message that belongs to no stay: file, reason, its own findings.
    static func write(_ entry: UnassignedMessage, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("file", entry.file)
        writer.field("reason", entry.reason)
        writer.key("findings")
        write(entry.findings, files: true, to: &writer)
        writer.endObject()
    }
}
