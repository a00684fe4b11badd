import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// JSON responses and the EDI 2.0 `ErrorMessage` error shape.
enum JSONBody {
    static func response(_ object: Any, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]))
            ?? Data("null".utf8)
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `ErrorMessage` (msh-api-v2): error, errorCode, validationErrors, stackTrace, requestId.
    static func error(_ status: HTTPResponse.Status, _ message: String, validationErrors: [String]? = nil) -> Response {
        response(
            [
                "error": message, "errorCode": status.code, "validationErrors": validationErrors.map { $0 as Any } ?? NSNull(),
                "stackTrace": NSNull(), "requestId": UUID().uuidString.lowercased(),
            ] as [String: Any], status: status)
    }

    static func null<T>(_ value: T?) -> Any { value.map { $0 as Any } ?? NSNull() }
}
