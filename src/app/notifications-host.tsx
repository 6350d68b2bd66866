import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';

import { Notifications } from '@mantine/notifications';

/** The container that draws notifications, with its CSS; loaded after the first paint (see provider.tsx). */
export default function NotificationsHost() {
  return <Notifications position="top-right" />;
}
