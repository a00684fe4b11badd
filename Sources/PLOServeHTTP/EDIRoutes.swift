import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PLOExchange

/// The eight operations of NHN's EDI 2.0 "MSH API v2" (`../shared/reference/edi2/msh-api-v2.json`)
/// over the exchange: the EPJ posts its messages and AppRecs, lists and fetches what the
/// counterpart sent it, and marks it read.
struct EDIRoutes {
    let box: ExchangeBox
    /// 35 MB, NHN's limit for one request.
    static let maxBody = 35 * 1024 * 1024

    func add(to router: Router<BasicRequestContext>) {
        router.post("/Messages") { request, _ in try await postMessage(request) }
        router.get("/Messages") { request, _ in listMessages(request) }
        router.get("/Messages/{id}") { request, context in getMessage(request, context) }
        router.get("/Messages/{id}/business-document") { request, context in businessDocument(request, context) }
        router.put("/Messages/{id}/read/{herId}") { request, context in markRead(request, context) }
        router.get("/Messages/{id}/status") { request, context in status(request, context) }
        router.get("/Messages/{id}/apprec") { request, context in appRecInfo(request, context) }
        router.post("/Messages/{id}/apprec/{appRecSenderHerId}") { request, context in try await postAppRec(request, context) }
        // Methods the spec does not declare: 405 with Allow.
        let declared: [(RouterPath, [HTTPRequest.Method])] = [
            ("/Messages", [.get, .post]), ("/Messages/{id}", [.get]), ("/Messages/{id}/business-document", [.get]),
            ("/Messages/{id}/read/{herId}", [.put]), ("/Messages/{id}/status", [.get]), ("/Messages/{id}/apprec", [.get]),
            ("/Messages/{id}/apprec/{appRecSenderHerId}", [.post]),
        ]
        var all: [HTTPRequest.Method] = [.get, .post, .put, .delete, .patch, .options, .trace, .connect]
        if let query = HTTPRequest.Method("QUERY") { all.append(query) }
        for (path, methods) in declared {
            let allow = methods.map(\.rawValue).joined(separator: ", ")
            for method in all where !methods.contains(method) {
                router.on(path, method: method) { _, _ in
                    var response = JSONBody.error(.methodNotAllowed, "\(method.rawValue) is not an operation of this path; allowed: \(allow)")
                    response.headers[.allow] = allow
                    return response
                }
            }
        }
    }

    /// `api-version` and `nhn-source-system` are required on every call.
    static func missingHeaders(_ request: Request) -> Response? {
        var missing: [String] = []
        for name in ["api-version", "nhn-source-system"] {
            guard let field = HTTPField.Name(name), let value = request.headers[field], !value.isEmpty else {
                missing.append("the header \(name) is required")
                continue
            }
        }
        return missing.isEmpty ? nil : JSONBody.error(.badRequest, "missing required headers", validationErrors: missing)
    }

    static func body(_ request: inout Request) async throws -> Data? {
        do {
            let buffer = try await request.collectBody(upTo: maxBody)
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            return nil
        }
    }

    static func her(_ text: String) -> Any { Int(text).map { $0 as Any } ?? NSNull() }

    func messageJSON(_ m: Exchange.MessageInfo) -> [String: Any] {
        [
            "id": m.id, "contentType": "application/xml", "receiverHerId": Self.her(m.receiverHerId),
            "senderHerId": Self.her(m.senderHerId), "businessDocumentId": m.businessDocumentId,
            "businessDocumentGenDate": m.genDate, "isAppRec": m.isAppRec,
        ]
    }

    func postMessage(_ request: Request) async throws -> Response {
        if let missing = Self.missingHeaders(request) { return missing }
        var request = request
        guard let data = try await Self.body(&request) else { return JSONBody.error(.contentTooLarge, "the request is over 35 MB") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return JSONBody.error(.badRequest, "the body is not a PostMessageRequest (JSON object)")
        }
        var problems: [String] = []
        let document = object["businessDocument"] as? String
        if document?.isEmpty ?? true { problems.append("businessDocument is required") }
        if (object["contentType"] as? String)?.isEmpty ?? true { problems.append("contentType is required") }
        let encoding = (object["contentTransferEncoding"] as? String)?.lowercased()
        if encoding == nil {
            problems.append("contentTransferEncoding is required")
        } else if encoding != "base64" {
            problems.append("contentTransferEncoding must be base64")
        }
        guard problems.isEmpty, let document, let bytes = Data(base64Encoded: document, options: .ignoreUnknownCharacters) else {
            return JSONBody.error(
                .badRequest, "invalid PostMessageRequest", validationErrors: problems.isEmpty ? ["businessDocument is not base64"] : problems)
        }
        let outcome = try box.with { exchange in
            let bytes = [UInt8](bytes)
            return try exchange.receive([Exchange.Incoming(name: exchange.suggestedName(for: bytes), bytes: bytes)]).first
        }
        guard let outcome else { return JSONBody.error(.internalServerError, "no outcome") }
        let id = Exchange.apiId(outcome.seq)
        switch outcome {
        case .conflict(_, let original):
            return JSONBody.error(
                .conflict, "the same sender and MsgId as message \(Exchange.apiId(original)) with other content (FLOW-DUPLICATE-MSGID)")
        case .unanswerable(_, let reason):
            return JSONBody.error(.badRequest, "the business document is not a readable message: \(reason)")
        case .resend(let seq, _):
            return JSONBody.response(Exchange.apiId(seq), status: .created, headers: [.location: "/Messages/\(Exchange.apiId(seq))"])
        case .accepted, .rejected, .appRec:
            return JSONBody.response(id, status: .created, headers: [.location: "/Messages/\(id)"])
        }
    }

    func listMessages(_ request: Request) -> Response {
        if let missing = Self.missingHeaders(request) { return missing }
        let query = request.uri.queryParameters
        var receivers = query[values: "ReceiverHerIds"].flatMap { $0.split(separator: ",") }.map { String($0) }
        receivers = receivers.filter { !$0.isEmpty }
        guard !receivers.isEmpty, receivers.allSatisfy({ Int32($0) != nil }) else {
            return JSONBody.error(.badRequest, "ReceiverHerIds is required (one or more HER-ids)", validationErrors: ["ReceiverHerIds"])
        }
        var limit = 10
        if let text = query["MessagesToFetch"] {
            guard let n = Int(text), (1...100).contains(n) else {
                return JSONBody.error(.badRequest, "MessagesToFetch must be a number between 1 and 100", validationErrors: ["MessagesToFetch"])
            }
            limit = n
        }
        let sender = query["SenderHerId"].map(String.init)
        if let sender, Int32(sender) == nil { return JSONBody.error(.badRequest, "SenderHerId must be a HER-id", validationErrors: ["SenderHerId"]) }
        let order = query["OrderBy"].map(String.init) ?? "Ascending"
        guard ["Ascending", "Descending", "1", "2"].contains(order) else {
            return JSONBody.error(.badRequest, "OrderBy is Ascending or Descending", validationErrors: ["OrderBy"])
        }
        var metadata = false
        for value in query[values: "IncludeMetadata"] {
            guard value == "true" || value == "false" else {
                return JSONBody.error(.badRequest, "IncludeMetadata is true or false", validationErrors: ["IncludeMetadata"])
            }
            metadata = value == "true"
        }
        let businessDocumentId = query["BusinessDocumentId"].map(String.init)
        if let businessDocumentId, businessDocumentId.count > 100 {
            return JSONBody.error(.badRequest, "BusinessDocumentId is at most 100 characters", validationErrors: ["BusinessDocumentId"])
        }
        do {
            var list = try box.with {
                try $0.unread(receivers: receivers, sender: sender, limit: 100_000, descending: order == "Descending" || order == "2")
            }
            if let businessDocumentId { list = list.filter { $0.businessDocumentId == businessDocumentId } }
            let page = list.prefix(limit)
            return JSONBody.response(page.map { m in metadata ? messageJSON(m) : ["id": m.id, "receiverHerId": Self.her(m.receiverHerId)] })
        } catch {
            return JSONBody.error(.internalServerError, "\(error)")
        }
    }

    func lookup(_ context: BasicRequestContext) -> (String, Exchange.MessageInfo?) {
        let id = context.parameters.get("id") ?? ""
        return (id, try? box.with { try $0.message(apiId: id) })
    }

    func getMessage(_ request: Request, _ context: BasicRequestContext) -> Response {
        if let missing = Self.missingHeaders(request) { return missing }
        guard case (let id, let found?) = lookup(context) else {
            return JSONBody.error(.notFound, "no message \(context.parameters.get("id") ?? "")")
        }
        _ = id
        return JSONBody.response(messageJSON(found))
    }

    func businessDocument(_ request: Request, _ context: BasicRequestContext) -> Response {
        if let missing = Self.missingHeaders(request) { return missing }
        let id = context.parameters.get("id") ?? ""
        guard let bytes = try? box.with({ try $0.document(apiId: id) }) else { return JSONBody.error(.notFound, "no message \(id)") }
        return JSONBody.response([
            "businessDocument": Data(bytes).base64EncodedString(), "contentType": "application/xml", "contentTransferEncoding": "base64",
        ])
    }

    func markRead(_ request: Request, _ context: BasicRequestContext) -> Response {
        if let missing = Self.missingHeaders(request) { return missing }
        let id = context.parameters.get("id") ?? ""
        let her = context.parameters.get("herId") ?? ""
        guard Int32(her) != nil else { return JSONBody.error(.badRequest, "herId must be a HER-id", validationErrors: ["herId"]) }
        guard (try? box.with({ try $0.markRead(apiId: id, her: her) })) == true else {
            return JSONBody.error(.notFound, "no message \(id) for receiver \(her)")
        }
        return Response(status: .noContent)
    }

    static func statusText(_ status: Int?) -> Any {
        switch status {
        case 1: "Ok"
        case 2: "Rejected"
        case 3: "OkErrorInMessagePart"
        default: NSNull()
        }
    }

    func status(_ request: Request, _ context: BasicRequestContext) -> Response {
        if let missing = Self.missingHeaders(request) { return missing }
        let id = context.parameters.get("id") ?? ""
        guard let recs = try? box.with({ try $0.appRecs(apiId: id) }) else { return JSONBody.error(.notFound, "no message \(id)") }
        return JSONBody.response(
            recs.map { rec -> [String: Any] in
                let state = rec.status == nil ? "Unconfirmed" : (rec.status == 2 ? "Rejected" : "Acknowledged")
                return ["receiverHerId": Self.her(rec.receiverHerId), "transportDeliveryState": state, "appRecStatus": Self.statusText(rec.status)]
            })
    }

    func appRecInfo(_ request: Request, _ context: BasicRequestContext) -> Response {
        if let missing = Self.missingHeaders(request) { return missing }
        let id = context.parameters.get("id") ?? ""
        guard let recs = try? box.with({ try $0.appRecs(apiId: id) }) else { return JSONBody.error(.notFound, "no message \(id)") }
        return JSONBody.response(
            recs.map { rec -> [String: Any] in
                [
                    "receiverHerId": Self.her(rec.receiverHerId), "appRecStatus": Self.statusText(rec.status),
                    "appRecErrorList": rec.errors.map { ["errorCode": $0.code, "details": $0.details] },
                ]
            })
    }

    func postAppRec(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        if let missing = Self.missingHeaders(request) { return missing }
        let id = context.parameters.get("id") ?? ""
        let her = context.parameters.get("appRecSenderHerId") ?? ""
        guard Int32(her) != nil else {
            return JSONBody.error(.badRequest, "appRecSenderHerId must be a HER-id", validationErrors: ["appRecSenderHerId"])
        }
        var request = request
        guard let data = try await Self.body(&request) else { return JSONBody.error(.contentTooLarge, "the request is over 35 MB") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let status = object["appRecStatus"] as? String,
            ["Ok", "Rejected"].contains(status)
        else {
            return JSONBody.error(.badRequest, "invalid PostAppRecRequest: appRecStatus is Ok or Rejected", validationErrors: ["appRecStatus"])
        }
        let errors = (object["appRecErrorList"] as? [[String: Any]] ?? []).compactMap { e -> (code: String, details: String)? in
            guard let code = e["errorCode"] as? String else { return nil }
            return (code, e["details"] as? String ?? "")
        }
        if status == "Rejected" && errors.isEmpty {
            return JSONBody.error(.badRequest, "a rejection needs at least one error (HIS 80415)", validationErrors: ["appRecErrorList"])
        }
        guard let seq = try box.with({ try $0.postAppRec(apiId: id, senderHer: her, ok: status == "Ok", errors: errors) }) else {
            return JSONBody.error(.notFound, "no message \(id) for receiver \(her)")
        }
        let created = Exchange.apiId(seq)
        return JSONBody.response(created, status: .created, headers: [.location: "/Messages/\(created)"])
    }
}
