// Real towns of the seed's regions, with approximate coordinates, so that generated places
// spread over the map and their addresses read like the editors' entries.
/**
 * @param {string} name
 * @param {string} postalCode
 * @param {string} district
 * @param {number} latitude
 * @param {number} longitude
 */
const town = (name, postalCode, district, latitude, longitude) => ({ name, postalCode, district, latitude, longitude });

export const TOWNS = {
  altmark: {
    state: 'Sachsen-Anhalt',
    towns: [
      town('Salzwedel', '29410', 'Altmarkkreis Salzwedel', 52.85, 11.15),
      town('Stendal', '39576', 'Landkreis Stendal', 52.6, 11.86),
      town('Tangermünde', '39590', 'Landkreis Stendal', 52.54, 11.97),
      town('Gardelegen', '39638', 'Altmarkkreis Salzwedel', 52.53, 11.39),
      town('Osterburg (Altmark)', '39606', 'Landkreis Stendal', 52.79, 11.75),
      town('Havelberg', '39539', 'Landkreis Stendal', 52.82, 12.07),
      town('Arendsee (Altmark)', '39619', 'Altmarkkreis Salzwedel', 52.89, 11.49),
      town('Kalbe (Milde)', '39624', 'Altmarkkreis Salzwedel', 52.65, 11.39),
      town('Klötze', '38486', 'Altmarkkreis Salzwedel', 52.63, 11.17),
      town('Bismark (Altmark)', '39629', 'Landkreis Stendal', 52.66, 11.56),
      town('Seehausen (Altmark)', '39615', 'Landkreis Stendal', 52.89, 11.75),
      town('Beetzendorf', '38489', 'Altmarkkreis Salzwedel', 52.71, 11.09),
      town('Diesdorf', '29413', 'Altmarkkreis Salzwedel', 52.75, 10.87),
      town('Arneburg', '39596', 'Landkreis Stendal', 52.67, 11.98),
      town('Werben (Elbe)', '39615', 'Landkreis Stendal', 52.86, 11.98),
      town('Tangerhütte', '39517', 'Landkreis Stendal', 52.43, 11.81),
      town('Apenburg-Winterfeld', '38486', 'Altmarkkreis Salzwedel', 52.71, 11.2),
      town('Kuhfelde', '29416', 'Altmarkkreis Salzwedel', 52.77, 11.08),
    ],
  },
  'sachsen-anhalt': {
    state: 'Sachsen-Anhalt',
    towns: [
      town('Wernigerode', '38855', 'Landkreis Harz', 51.83, 10.78),
      town('Quedlinburg', '06484', 'Landkreis Harz', 51.79, 11.15),
      town('Halberstadt', '38820', 'Landkreis Harz', 51.9, 11.05),
      town('Ilsenburg (Harz)', '38871', 'Landkreis Harz', 51.87, 10.68),
      town('Thale', '06502', 'Landkreis Harz', 51.75, 11.04),
      town('Lutherstadt Wittenberg', '06886', 'Landkreis Wittenberg', 51.87, 12.65),
      town('Kemberg', '06901', 'Landkreis Wittenberg', 51.77, 12.63),
      town('Jessen (Elster)', '06917', 'Landkreis Wittenberg', 51.79, 12.96),
      town('Naumburg (Saale)', '06618', 'Burgenlandkreis', 51.15, 11.81),
      town('Freyburg (Unstrut)', '06632', 'Burgenlandkreis', 51.21, 11.77),
      town('Zeitz', '06712', 'Burgenlandkreis', 51.05, 12.14),
      town('Merseburg', '06217', 'Saalekreis', 51.36, 11.99),
      town('Wettin-Löbejün', '06193', 'Saalekreis', 51.58, 11.81),
      town('Bernburg (Saale)', '06406', 'Salzlandkreis', 51.79, 11.74),
      town('Aschersleben', '06449', 'Salzlandkreis', 51.76, 11.46),
      town('Köthen (Anhalt)', '06366', 'Landkreis Anhalt-Bitterfeld', 51.75, 11.97),
      town('Zörbig', '06780', 'Landkreis Anhalt-Bitterfeld', 51.63, 12.12),
      town('Zerbst/Anhalt', '39261', 'Landkreis Anhalt-Bitterfeld', 51.97, 12.08),
      town('Lutherstadt Eisleben', '06295', 'Landkreis Mansfeld-Südharz', 51.53, 11.55),
      town('Sangerhausen', '06526', 'Landkreis Mansfeld-Südharz', 51.47, 11.3),
      town('Haldensleben', '39340', 'Landkreis Börde', 52.29, 11.41),
      town('Burg', '39288', 'Landkreis Jerichower Land', 52.27, 11.86),
      town('Genthin', '39307', 'Landkreis Jerichower Land', 52.41, 12.16),
    ],
  },
  brandenburg: {
    state: 'Brandenburg',
    towns: [
      town('Angermünde', '16278', 'Landkreis Uckermark', 53.02, 14.0),
      town('Templin', '17268', 'Landkreis Uckermark', 53.12, 13.5),
      town('Prenzlau', '17291', 'Landkreis Uckermark', 53.32, 13.86),
      town('Pritzwalk', '16928', 'Landkreis Prignitz', 53.15, 12.18),
      town('Perleberg', '19348', 'Landkreis Prignitz', 53.07, 11.86),
      town('Lenzen (Elbe)', '19309', 'Landkreis Prignitz', 53.09, 11.47),
      town('Wittstock/Dosse', '16909', 'Landkreis Ostprignitz-Ruppin', 53.16, 12.48),
      town('Rheinsberg', '16831', 'Landkreis Ostprignitz-Ruppin', 53.1, 12.9),
      town('Neuruppin', '16816', 'Landkreis Ostprignitz-Ruppin', 52.92, 12.8),
      town('Kyritz', '16866', 'Landkreis Ostprignitz-Ruppin', 52.94, 12.4),
      town('Jüterbog', '14913', 'Landkreis Teltow-Fläming', 51.99, 13.07),
      town('Bad Belzig', '14806', 'Landkreis Potsdam-Mittelmark', 52.14, 12.59),
      town('Letschin', '15324', 'Landkreis Märkisch-Oderland', 52.64, 14.36),
      town('Buckow (Märkische Schweiz)', '15377', 'Landkreis Märkisch-Oderland', 52.57, 14.07),
      town('Bad Freienwalde (Oder)', '16259', 'Landkreis Märkisch-Oderland', 52.79, 14.03),
      town('Beeskow', '15848', 'Landkreis Oder-Spree', 52.17, 14.25),
      town('Lübben (Spreewald)', '15907', 'Landkreis Dahme-Spreewald', 51.94, 13.89),
      town('Luckau', '15926', 'Landkreis Dahme-Spreewald', 51.85, 13.71),
      town('Fürstenberg/Havel', '16798', 'Landkreis Oberhavel', 53.18, 13.14),
    ],
  },
};
