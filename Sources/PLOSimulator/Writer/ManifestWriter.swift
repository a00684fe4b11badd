import PLORules

/// Renders `manifest.json` in pieces so it can be streamed: ``header(tool:version:seed:scenario:start:appRec:)``, one ``entry(_:)`` per
/// document, then ``footer(injected:messages:stays:)``.
///
/// ```json
/// {"tool": "plo", "version": "0.1.0", "seed": 1, "scenario": "calm-week", "start": "2026-01-05T00:00:00",
///  "appRec": true, "infoRulesNotListed": ["PLO-PATIENT-ID"],
///  "messages": [{"seq": 1, "file": "messages/000001-LOG_INNLAGT-1a2b3c4d.xml", "stay": "S000001",
///                "type": "LOG_INNLAGT", "msgId": "…", "sender": "8100001", "receiver": "8200001",
///                "patient": "…", "time": "2026-01-05T08:13:00"}, …],
///  "injected": [{"rule": "…", "severity": "error", "stay": "S000003", "fault": "…", "files": ["…"]}],
///  "summary": {"messages": 120, "stays": 10, "injected": 2}}
/// ```
public struct ManifestWriter {
    var buffer = ByteBuffer(capacity: 512)
    var first = true

    /// Creates a writer.
    public init() {}

    /// The opening part, up to the start of the `messages` array.
    public mutating func header(tool: String, version: String, seed: UInt64, scenario: String, start: String, appRec: Bool)
        -> [UInt8]
    {
        buffer.removeAll()
        buffer.append("{\n  \"tool\": ")
        buffer.appendJSONString(tool)
        buffer.append(",\n  \"version\": ")
        buffer.appendJSONString(version)
        buffer.append(",\n  \"seed\": ")
        buffer.append(String(seed))
        buffer.append(",\n  \"scenario\": ")
        buffer.appendJSONString(scenario)
        buffer.append(",\n  \"start\": ")
        buffer.appendJSONString(start)
        buffer.append(appRec ? ",\n  \"appRec\": true" : ",\n  \"appRec\": false")
        // Every synthetic patient draws PLO-PATIENT-ID's info finding (a test fødselsnummer).
        buffer.append(",\n  \"infoRulesNotListed\": [")
        buffer.appendJSONString(PatientID.info.id)
        buffer.append("],\n  \"messages\": [")
        first = true
        return buffer.bytes
    }

    /// One element of the `messages` array.
    public mutating func entry(_ r: MessageRecord) -> [UInt8] {
        buffer.removeAll()
        buffer.append(first ? "\n    {\"seq\": " : ",\n    {\"seq\": ")
        first = false
        buffer.append(int: Int64(r.sequence))
        buffer.append(", \"file\": ")
        buffer.appendJSONString(r.file)
        buffer.append(", \"stay\": ")
        buffer.appendJSONString(r.stay)
        buffer.append(", \"type\": ")
        buffer.appendJSONString(r.type)
        buffer.append(", \"msgId\": ")
        buffer.appendJSONString(r.msgId)
        buffer.append(", \"sender\": ")
        buffer.appendJSONString(r.sender)
        buffer.append(", \"receiver\": ")
        buffer.appendJSONString(r.receiver)
        buffer.append(", \"patient\": ")
        buffer.appendJSONString(r.patient)
        buffer.append(", \"time\": ")
        buffer.appendJSONString(r.localTime)
        if let ack = r.acknowledges {
            buffer.append(", \"acknowledges\": ")
            buffer.appendJSONString(ack)
        }
        if let corrected = r.corrects {
            buffer.append(", \"status\": \"M\", \"corrects\": ")
            buffer.appendJSONString(corrected)
        }
        buffer.append("}")
        return buffer.bytes
    }

    /// Closes `messages`, writes `injected` and `summary`, closes the object.
    public mutating func footer(injected: [PredictedFinding], messages: Int, stays: Int) -> [UInt8] {
        buffer.removeAll()
        buffer.append(first ? "],\n  \"injected\": [" : "\n  ],\n  \"injected\": [")
        for (i, f) in injected.enumerated() {
            buffer.append(i == 0 ? "\n    {\"rule\": " : ",\n    {\"rule\": ")
            buffer.appendJSONString(f.rule)
            buffer.append(", \"severity\": ")
            buffer.appendJSONString(f.severity)
            buffer.append(", \"stay\": ")
            buffer.appendJSONString(f.stay)
            buffer.append(", \"fault\": ")
            buffer.appendJSONString(f.fault.rawValue)
            buffer.append(", \"files\": [")
            for (j, file) in f.files.enumerated() {
                if j > 0 { buffer.append(", ") }
                buffer.appendJSONString(file)
            }
            buffer.append("]}")
        }
        buffer.append(injected.isEmpty ? "],\n  \"summary\": {\"messages\": " : "\n  ],\n  \"summary\": {\"messages\": ")
        buffer.append(int: Int64(messages))
        buffer.append(", \"stays\": ")
        buffer.append(int: Int64(stays))
        buffer.append(", \"injected\": ")
        buffer.append(int: Int64(injected.count))
        buffer.append("}\n}\n")
        return buffer.bytes
    }
}
