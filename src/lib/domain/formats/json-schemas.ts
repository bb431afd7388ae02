import { z } from '../shared/zod.ts';
import { aggregateReportSchema, aggregateReportV1Schema } from '../aggregate/report-schema.ts';
import {
	contentMetaFileSchema,
	itemsFileSchema,
	retiredFileSchema
} from '../content/file-schemas.ts';
import {
	appCardFileSchema,
	criteriaFileSchema,
	sensitivityFileSchema
} from '../content/meeting-schemas.ts';
import { traceabilityFileSchema } from '../content/traceability.ts';
import { ipaSelfDiagnosisFileSchema, micGuidelineFileSchema } from '../content/crosswalk-schema.ts';
import { backupSchema } from './backup.ts';
import {
	policyPackSchema,
	policyPackV1Schema,
	policyPackV2Schema,
	policyPackV3Schema,
	policyPackV4Schema
} from './policy-pack.ts';
import { postureSummaryV1Schema, postureSummaryV2Schema } from './summary.ts';

/**
 * The JSON Schemas published under static/schemas/, generated from the zod schemas so they can
 * never drift (a unit test compares). Editors use the content ones to check YAML as you type.
 * Rules a JSON Schema cannot express (unique ids across files, waiver needs a reason) are
 * enforced by the app and the build only.
 */
export const jsonSchemas: Record<string, z.ZodType> = {
	'checklist-content.schema.json': contentMetaFileSchema,
	'checklist-items.schema.json': itemsFileSchema,
	'checklist-retired.schema.json': retiredFileSchema,
	'checklist-traceability.schema.json': traceabilityFileSchema,
	'meeting-criteria.schema.json': criteriaFileSchema,
	'meeting-sensitivity.schema.json': sensitivityFileSchema,
	'meeting-app-card.schema.json': appCardFileSchema,
	'crosswalk-ipa-self-diagnosis.schema.json': ipaSelfDiagnosisFileSchema,
	'crosswalk-mic-guideline.schema.json': micGuidelineFileSchema,
	'telework-check-backup-v1.schema.json': backupSchema,
	'telework-check-policy-pack-v1.schema.json': policyPackV1Schema,
	'telework-check-policy-pack-v2.schema.json': policyPackV2Schema,
	'telework-check-policy-pack-v3.schema.json': policyPackV3Schema,
	'telework-check-policy-pack-v4.schema.json': policyPackV4Schema,
	'telework-check-policy-pack-v5.schema.json': policyPackSchema,
	'telework-check-summary-v1.schema.json': postureSummaryV1Schema,
	'telework-check-summary-v2.schema.json': postureSummaryV2Schema,
	'telework-check-aggregate-v1.schema.json': aggregateReportV1Schema,
	'telework-check-aggregate-v2.schema.json': aggregateReportSchema
};

export function renderJsonSchema(name: string, schema: z.ZodType): string {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
	return `${JSON.stringify({ $id: name, ...json }, null, 2)}\n`;
}
