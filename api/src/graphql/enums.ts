import { registerEnumType } from 'type-graphql';

/** Registers a closed set defined as a const string array (the domain's source of truth) as a GraphQL enum. */
export function enumFromValues<const T extends readonly string[]>(
  values: T,
  name: string,
  options: { description?: string; valueDescriptions?: Partial<Record<T[number], string>> } = {},
): Record<T[number], T[number]> {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<T[number], T[number]>;
  const descriptions = options.valueDescriptions ?? {};
  registerEnumType(enumObject, {
    name,
    description: options.description,
    valuesConfig: Object.fromEntries(
      Object.entries(descriptions).map(([value, description]) => [value, { description: description as string }]),
    ) as never,
  });
  return enumObject;
}

/** Where a self-registered producer or tourism operator stands with the programme's admins. */
export const APPROVAL_STATES = ['PENDING', 'APPROVED'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];
export const ApprovalStateEnum = enumFromValues(APPROVAL_STATES, 'ApprovalState', {
  description: 'Whether an admin has approved a self-registered producer or tourism operator.',
  valueDescriptions: { PENDING: 'Registered, waiting for an admin.', APPROVED: 'Approved by an admin.' },
});
