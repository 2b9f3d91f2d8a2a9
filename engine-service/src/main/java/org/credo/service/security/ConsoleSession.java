package org.credo.service.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One live console session; see {@link ConsoleSessions}. */
@Entity
@Table(name = "console_session")
public class ConsoleSession extends PanacheEntityBase {
    /** Hex SHA-256 of the session token the browser holds. */
    @Id
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "user_name")
    public String userName;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
}
