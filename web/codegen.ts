import type { CodegenConfig } from '@graphql-codegen/cli';
import { addDocumentIds } from './codegen/document-ids';

// Types every operation in src/lib/server/cms/operations/ from the schema the CMS serves.
const config: CodegenConfig = {
  schema: '../cms/schema.graphql',
  documents: ['src/lib/server/cms/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/lib/server/cms/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      documentTransforms: [addDocumentIds],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { JSON: 'unknown', DateTime: 'string', Date: 'string', I18NLocaleCode: 'string', Long: 'number' },
      },
    },
  },
};

export default config;
