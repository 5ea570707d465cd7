import DocumentEngine
import CalendarDays

/// The data paths of the monitoring report: `report.…`, its figures written as the report prints them.
extension ContextValues {
    static func monitoringReport(_ figures: MonitoringFigures, on day: CalendarDay) -> TemplateValue {
        func decimal(_ value: Double) -> TemplateValue { .text(Wording.decimal(value)) }
        func count(_ value: Int) -> TemplateValue { .text(String(value)) }
        func summary(_ summary: ScoreSummary, into fields: inout TemplateFields) {
            fields["count"] = count(summary.count)
            fields["mean"] = decimal(summary.mean)
            fields["median"] = decimal(summary.median)
            // One mark has no spread to speak of.
            fields["spread"] = summary.count > 1 ? decimal(summary.standardDeviation) : .text("—")
        }
        let stagesRead = MonitoringStage.allCases.filter { (figures.answered[$0] ?? 0) > 0 }.map { "«\($0.title)»" }
        var number = 0
        let blocks: [TemplateValue] = figures.blocks.map { block in
            var items: [TemplateValue] = []
            var byForm: [TemplateValue] = []
            for item in block.items {
                number += 1
                var fields: TemplateFields = ["number": count(number), "id": .text(item.question.id), "text": .text(item.question.text)]
                summary(item.overall, into: &fields)
                items.append(.map(fields))
                for (form, formSummary) in item.byForm {
                    var row: TemplateFields = ["number": count(number), "form": .text(form.rawValue)]
                    summary(formSummary, into: &row)
                    byForm.append(.map(row))
                }
            }
            return .map(["title": .text(block.block.title), "items": .list(items), "by_form": .list(byForm)])
        }
        let comparisons: [TemplateValue] = figures.comparisons.enumerated().map { index, comparison in
            .map(["number": count(index + 1), "id": .text(comparison.question.id), "text": .text(comparison.question.text),
                "pairs": count(comparison.pairs), "entry": decimal(comparison.entryMean), "exit": decimal(comparison.exitMean),
                "change": .text(Wording.decimal(comparison.change, signed: true)),
                "p": .text(comparison.test.map { $0.pValue < 0.001 ? "<\u{00A0}0,001" : Wording.decimal($0.pValue, places: 3) } ?? "—"),
                "verdict": .text(comparison.verdict.sentence)])
        }
        func extremes(_ items: [MonitoringFigures.ItemScores]) -> TemplateValue {
            .list(items.map { .map(["text": .text($0.question.text), "mean": decimal($0.overall.mean)]) })
        }
        let open: [TemplateValue] = figures.openAnswers.map { group in
            .map(["text": .text(group.question.text), "stage": .text(group.stage.title),
                "answers": .list(group.answers.map { .map(["who": .text($0.who), "text": .text($0.text)]) })])
        }
        func chart(series: [String], _ categories: [(name: String, values: [Double])]) -> TemplateValue {
            .map(["series": .list(series.map { .text($0) }),
                "categories": .list(categories.map { .map(["name": .text($0.name), "values": .list($0.values.map(decimal))]) })])
        }
        // One chart per block, named by its id; a block nobody marked yet has a chart without bars.
        var charts: TemplateFields = [:]
        let meanSeries = figures.scoresStage.map { "Средняя оценка «\($0.title)»" } ?? "Средняя оценка"
        for block in figures.scaleBlocks {
            let items = figures.blocks.first { $0.block.id == block.id }?.items ?? []
            charts[FieldName(block.id)] = chart(series: [meanSeries], items.map { ($0.question.text, [$0.overall.mean]) })
        }
        charts["change"] = chart(series: MonitoringStage.allCases.map { $0.title.prefix(1).uppercased() + $0.title.dropFirst() },
            figures.comparisons.map { ($0.question.text, [$0.entryMean, $0.exitMean]) })
        return .map([
            "date": date(day),
            "charts": .map(charts),
            "stages_read": .text(stagesRead.isEmpty ? "(ответов пока нет)" : stagesRead.joined(separator: " и ")),
            "expected": count(figures.expected),
            "answered": count(figures.answeredAtAll),
            "response": .list(figures.responseRates.map { rate in
                .map(["form": .text(rate.form.rawValue), "role": .text(rate.role.pluralTitle), "expected": count(rate.expected),
                    "entry": count(rate.entry), "exit": count(rate.exit)])
            }),
            "total": .map(["entry": count(figures.answered[.entry] ?? 0), "exit": count(figures.answered[.exit] ?? 0)]),
            "scores_stage": .text(figures.scoresStage.map { "«\($0.title)»" } ?? ""),
            "blocks": .list(blocks),
            "comparisons": .list(comparisons),
            "has_comparisons": .bool(!comparisons.isEmpty),
            "strengths": extremes(figures.strengths),
            "weaknesses": extremes(figures.weaknesses),
            "open": .list(open),
            "has_open": .bool(!open.isEmpty),
        ])
    }
}
