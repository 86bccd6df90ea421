import type { SVGProps } from 'react';
import { useTheme, type DefaultTheme } from 'styled-components';

type Palette = DefaultTheme['colors'];

// `in` finds the name at runtime, but TypeScript does not narrow a string to the palette's keys by it.
const isThemeColor = (name: string, colors: Palette): name is keyof Palette => name in colors;

/**
 * An icon of @strapi/icons (MIT), drawn here because pnpm keeps that package out of reach of
 * the app's own admin code: Strapi's admin build aliases the design system, but not its icons.
 * Like Strapi's icons it takes a theme colour name as `fill`, as the main menu passes one.
 */
const menuIcon = (path: string) => {
  const Icon = ({ fill = 'currentColor', ...props }: SVGProps<SVGSVGElement>) => {
    const { colors } = useTheme();
    const color = isThemeColor(fill, colors) ? colors[fill] : fill;
    return (
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width={16} height={16} fill={color} aria-hidden {...props}>
        <path d={path} />
      </svg>
    );
  };
  return Icon;
};

/** The globe: the translation overview. */
export const EarthIcon = menuIcon(
  'M16 3a13 13 0 1 0 13 13A13.013 13.013 0 0 0 16 3m11 13c.001 1.411-.27 2.81-.8 4.118l-5.587-3.437a2 2 0 0 0-.78-.279l-2.853-.385a2.01 2.01 0 0 0-2 .983h-1.09l-.475-.983a1.99 1.99 0 0 0-1.375-1.083l-1-.216.978-1.718h2.088c.338 0 .67-.087.966-.25l1.532-.845q.202-.113.375-.268l3.364-3.042a1.99 1.99 0 0 0 .407-2.458l-.045-.08A11.01 11.01 0 0 1 27 16M5 16a10.94 10.94 0 0 1 1.068-4.725l1.417 3.784a2 2 0 0 0 1.453 1.25l2.678.576.476.99a2.01 2.01 0 0 0 1.8 1.125h.186l-.904 2.029a2 2 0 0 0 .357 2.171l.018.018L16 25.742l-.242 1.25A11.014 11.014 0 0 1 5 16',
);

/** Two speech bubbles ("Discuss"): the places' change requests. */
export const DiscussIcon = menuIcon(
  'M29 12a2 2 0 0 0-2-2h-4V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v16a1 1 0 0 0 1.625.777L9 19.25V23a2 2 0 0 0 2 2h11.699l4.676 3.778A1 1 0 0 0 29 28zm-5.319 11.223a1 1 0 0 0-.625-.223H11v-4h10a2 2 0 0 0 2-2v-5h4v13.906z',
);

/** Three bars on a baseline: the reach statistics. */
export const ChartIcon = menuIcon('M4 26h24v2H4zM6 14h4v10H6zm8-8h4v18h-4zm8 12h4v6h-4z');
