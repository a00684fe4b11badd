import PLOModel
import PLORules
import XMLCore

extension DischargeOrder {
    /// `plo flow --explain-order --format json`: the steps in order, each with sender, receiver,
    /// message type, when, why, deadline and the rule that checks it.
    public static func json() -> JSONValue {
        .object([
            ("tool", .string(AppInfo.tool)),
            ("version", .string(AppInfo.version)),
            (
                "steps",
                .array(
                    steps.enumerated().map { index, step in
                        var fields: [(String, JSONValue)] = [
                            ("step", .int(index + 1)),
                            ("from", .string(step.from.rawValue)),
                            ("to", .string(step.from == .hospital ? FlowSide.municipality.rawValue : FlowSide.hospital.rawValue)),
                            ("type", .string(step.type.rawValue)),
                            ("name", .string(step.type.displayName)),
                            ("when", .string(step.when)),
                            ("purpose", .string(step.purpose)),
                        ]
                        if let hours = step.deadlineHours { fields.append(("deadlineHours", .int(hours))) }
                        fields.append(
                            (
                                "rule",
                                .object([
                                    ("id", .string(step.rule.id)), ("severity", .string(step.rule.severity.rawValue)),
                                    ("source", .string(step.rule.source)),
                                ])
                            ))
                        return .object(fields)
                    })
            ),
        ])
    }
}
