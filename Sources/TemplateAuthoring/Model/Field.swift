/// Writes template tags for run text, so a document's description reads as the data it uses.
///
/// `Field.value("person.full_name", "genitive")` is `{{ person.full_name | genitive }}`; the result is
/// ordinary text and may be interpolated into a longer run.
public enum Field {
    /// `{{ path | filter | filter }}`; a filter with arguments is written whole: `date: "dd.MM.yyyy"`.
    public static func value(_ path: String, _ filters: String...) -> String {
        "{{ " + ([path] + filters).joined(separator: " | ") + " }}"
    }

    /// `{{#path}}text{{/path}}`: the text shows when the value is true or not empty.
    public static func when(_ path: String, _ text: String) -> String {
        "{{#\(path)}}\(text){{/\(path)}}"
    }

    /// `{{^path}}text{{/path}}`: the text shows when the value is false or empty.
    public static func unless(_ path: String, _ text: String) -> String {
        "{{^\(path)}}\(text){{/\(path)}}"
    }

    /// One of two words by a yes/no value: `Field.choice("person.is_female", "проживающей", "проживающего")`.
    public static func choice(_ path: String, _ whenTrue: String, _ whenFalse: String) -> String {
        when(path, whenTrue) + unless(path, whenFalse)
    }
}
