# The site overrides one built-in French message.
last-updated = Mis à jour le
