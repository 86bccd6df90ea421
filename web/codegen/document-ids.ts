import { buildASTSchema, isObjectType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FieldNode } from 'graphql';

const DOCUMENT_ID: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'documentId' } };

/**
 * Every selection of an entry asks for its documentId: the site's caches tag what they keep with
 * the entries it shows (src/lib/server/cache/tags.ts), and no operation can forget one.
 */
export const addDocumentIds = {
  transform: <File extends { document?: DocumentNode }>({ documents, schema }: { documents: File[]; schema: DocumentNode }) => {
    const typeInfo = new TypeInfo(buildASTSchema(schema));
    return documents.map((file) => ({
      ...file,
      document:
        file.document &&
        visit(
          file.document,
          visitWithTypeInfo(typeInfo, {
            SelectionSet(node) {
              const type = typeInfo.getParentType();
              if (!isObjectType(type) || !type.getFields().documentId) return undefined;
              if (node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === 'documentId' && !selection.alias)) return undefined;
              return { ...node, selections: [DOCUMENT_ID, ...node.selections] };
            },
          }),
        ),
    }));
  },
};
