import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';

import { Notifications } from '@mantine/notifications';

/**
 * The container that draws notifications, with its CSS; loaded after the first paint (see provider.tsx). At the
 * bottom, where a notice covers neither the company nor the header's buttons (on a phone it spans the width).
 */
export default function NotificationsHost() {
  return <Notifications position="bottom-right" />;
}
