import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { ChangeRequestView } from './detail';
import { ChangeRequestList } from './list';
import { CHANGE_REQUEST_PERMISSIONS } from './permissions';

/**
 * The "Änderungswünsche" page (menu link `change-requests`, which Strapi routes as
 * `change-requests/*`): the list at its root, one request at `change-requests/<documentId>`.
 */
const ChangeRequestsPage = () => (
  <Page.Protect permissions={CHANGE_REQUEST_PERMISSIONS}>
    <Routes>
      <Route index element={<ChangeRequestList />} />
      <Route path=":documentId" element={<ChangeRequestView />} />
    </Routes>
  </Page.Protect>
);

export default ChangeRequestsPage;
