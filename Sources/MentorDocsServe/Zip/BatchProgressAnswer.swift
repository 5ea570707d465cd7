#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Hummingbird
import RussianLanguage

/// `GET /documents/progress/ID`: where a batch stands, as JSON for the documents page's script, with
/// the words it shows: `{"state":"running","done":3,"total":12,"text":"В архиве 3 из 12 документов"}`.
/// Counts only, nothing of the school; a batch not started yet or forgotten is `waiting`.
struct BatchProgressAnswer: Encodable, Equatable {
    var state: String
    var done: Int
    var total: Int
    var text: String

    init(_ entry: BatchProgressBoard.Entry?) {
        guard let entry else {
            (state, done, total, text) = ("waiting", 0, 0, "Архив готовится…")
            return
        }
        (state, done, total) = (entry.state.rawValue, entry.done, entry.total)
        switch entry.state {
        case .running:
            text = "В архиве \(entry.done) из \(Words.count(entry.total, Words.document, .genitive))"
        case .done:
            text = "Готово: архив скачан, в нём \(Words.count(entry.done, Words.document)). Он в загрузках браузера."
        case .failed:
            text = "Архив собран не весь: в нём \(Words.count(entry.done, Words.document)) из \(entry.total). "
                + "Что случилось, написано в файле «\(DocumentsDownload.failureFileName)» в архиве."
        case .stopped:
            text = "Скачивание прервано, архив не дошёл до конца. Скачайте его ещё раз."
        }
    }

    static func response(_ board: BatchProgressBoard, id: String) -> Response {
        guard BatchProgressBoard.isBatchID(id) else { return Response(status: .notFound) }
        let answer = BatchProgressAnswer(board.entry(id))
        let body = (try? JSONEncoder().encode(answer)).map { [UInt8]($0) } ?? []
        return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
