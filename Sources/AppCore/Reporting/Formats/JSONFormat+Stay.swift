import PLOCalendar
import PLOModel
import PLORules
import XMLCore

extension JSONFormat {
    /// One stay: id, parties, messages, findings, admission, closed, informed, then the parties'
    /// names where the messages give them.
    static func write(_ stay: StayResult, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.string(stay.id)
        writer.key("patient")
        writer.string(stay.key.patient)
        writer.key("hospital")
        writer.string(stay.key.hospital)
        writer.key("municipality")
        writer.string(stay.key.municipality)
        writer.key("messages")
        writer.beginArray()
        for message in stay.messages { write(message, to: &writer) }
        writer.endArray()
        writer.key("findings")
        write(stay.findings, files: true, to: &writer)
        writer.key("admission")
        writer.string(stay.admission?.iso)
        writer.key("closed")
        writer.bool(stay.closed)
        writer.key("informed")
        writer.string(stay.informed?.iso)
        if let name = stay.hospitalName {
            writer.key("hospitalName")
            writer.string(name)
        }
        if let name = stay.municipalityName {
            writer.key("municipalityName")
            writer.string(name)
        }
        writer.endObject()
    }

    /// One message of a stay: file, type, MsgId, time, status, sender side, then its resends, its
    /// role and the AppRecs acknowledging it where there are any.
    static func write(_ message: StayMessage, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("file")
        writer.string(message.file)
        writer.key("type")
        writer.string(message.type.rawValue)
        writer.key("msgId")
        writer.string(message.msgId)
        writer.key("time")
        writer.string(message.time.iso)
        writer.key("status")
        writer.string(message.status.rawValue)
        writer.key("from")
        writer.string(message.side.rawValue)
        if !message.resends.isEmpty {
            writer.key("resends")
            write(message.resends, to: &writer)
        }
        if let role = message.role {
            writer.key("role")
            writer.string(role)
        }
        if !message.receipts.isEmpty {
            writer.key("receipts")
            writer.beginArray()
            for receipt in message.receipts {
                writer.beginObject()
                writer.key("file")
                writer.string(receipt.file)
                writer.key("id")
                writer.string(receipt.id)
                writer.key("time")
                writer.string(receipt.time.iso)
                writer.key("status")
                writer.string(receipt.status)
                writer.key("errors")
                write(receipt.errors, to: &writer)
                writer.key("from")
                writer.string(receipt.senderHerId)
                writer.key("to")
                writer.string(receipt.receiverHerId)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    /// A message that belongs to no stay: file, reason, its own findings.
    static func write(_ entry: UnassignedMessage, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("file")
        writer.string(entry.file)
        writer.key("reason")
        writer.string(entry.reason)
        writer.key("findings")
        write(entry.findings, files: true, to: &writer)
        writer.endObject()
    }
}
