package io.gatehouse.userpool;

/** How a user who forgot their password gets a reset code (AccountRecoverySetting), in priority order. */
public enum RecoveryMechanism { verified_email, verified_phone_number, admin_only }
