// This folder is the catalogue of built-in templates; SwiftPM embeds each file in the binary.
// The templates are written by `mentordocs-author` from Sources/TemplateAuthoring/Catalogue.

/// The built-in DOCX and ODT templates, and the XLSX and ODS of the registers and the answer sheet, by file name (`consent-adult.docx`).
public enum BuiltInTemplates {
    public static let files: [String: [UInt8]] = [
        "consent-adult.docx": PackageResources.consent_adult_docx,
        "consent-adult.odt": PackageResources.consent_adult_odt,
        "consent-minor.docx": PackageResources.consent_minor_docx,
        "consent-minor.odt": PackageResources.consent_minor_odt,
        "consent-representative.docx": PackageResources.consent_representative_docx,
        "consent-representative.odt": PackageResources.consent_representative_odt,
        "consent-publication.docx": PackageResources.consent_publication_docx,
        "consent-publication.odt": PackageResources.consent_publication_odt,
        "consent-withdrawal.docx": PackageResources.consent_withdrawal_docx,
        "consent-withdrawal.odt": PackageResources.consent_withdrawal_odt,
        "publication-withdrawal.docx": PackageResources.publication_withdrawal_docx,
        "publication-withdrawal.odt": PackageResources.publication_withdrawal_odt,
        "agreement.docx": PackageResources.agreement_docx,
        "agreement.odt": PackageResources.agreement_odt,
        "plan.docx": PackageResources.plan_docx,
        "plan.odt": PackageResources.plan_odt,
        "roadmap.docx": PackageResources.roadmap_docx,
        "roadmap.odt": PackageResources.roadmap_odt,
        "regulation.docx": PackageResources.regulation_docx,
        "regulation.odt": PackageResources.regulation_odt,
        "order-introduction.docx": PackageResources.order_introduction_docx,
        "order-introduction.odt": PackageResources.order_introduction_odt,
        "order-curator.docx": PackageResources.order_curator_docx,
        "order-curator.odt": PackageResources.order_curator_odt,
        "order-pairs.docx": PackageResources.order_pairs_docx,
        "order-pairs.odt": PackageResources.order_pairs_odt,
        "order-plans.docx": PackageResources.order_plans_docx,
        "order-plans.odt": PackageResources.order_plans_odt,
        "order-closing.docx": PackageResources.order_closing_docx,
        "order-closing.odt": PackageResources.order_closing_odt,
        "programme.docx": PackageResources.programme_docx,
        "programme.odt": PackageResources.programme_odt,
        "mentor-consent.docx": PackageResources.mentor_consent_docx,
        "mentor-consent.odt": PackageResources.mentor_consent_odt,
        "labour-supplement.docx": PackageResources.labour_supplement_docx,
        "labour-supplement.odt": PackageResources.labour_supplement_odt,
        "registers.docx": PackageResources.registers_docx,
        "registers.odt": PackageResources.registers_odt,
        "registers.xlsx": PackageResources.registers_xlsx,
        "registers.ods": PackageResources.registers_ods,
        "answer-sheet.xlsx": PackageResources.answer_sheet_xlsx,
        "answer-sheet.ods": PackageResources.answer_sheet_ods,
        "questionnaire.docx": PackageResources.questionnaire_docx,
        "questionnaire.odt": PackageResources.questionnaire_odt,
        "monitoring.docx": PackageResources.monitoring_docx,
        "monitoring.odt": PackageResources.monitoring_odt,
    ]

    /// The built-in questions of the monitoring questionnaires, in the spec syntax (`questions.spec`).
    public static let questions: [UInt8] = PackageResources.questions_spec
}
