import { Box, Th, Typography } from '@strapi/design-system';

/**
 * A column header of the design system's table. That table is a keyboard grid whose cells all
 * say "gridcell"; header cells say "columnheader" again so that screen readers announce each
 * column's name.
 */
export const ColumnHeader = ({ children }: { children: string }) => (
  <Th role="columnheader" scope="col">
    <Typography variant="sigma" textColor="neutral600">
      {children}
    </Typography>
  </Th>
);

/** A table's caption, left-aligned above it like a heading, naming what it lists. */
export const TableCaption = ({ children }: { children: string }) => (
  <Box tag="caption" paddingTop={4} paddingBottom={2} style={{ textAlign: 'left' }}>
    <Typography variant="delta">{children}</Typography>
  </Box>
);
