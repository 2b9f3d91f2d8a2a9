package org.credo.service.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.service.Api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Test only: makes the database refuse every audit record for {@link Api#UNSTORABLE_ENTERPRISE}, so that tests can
 * make storage fail for real. A constraint rather than a Flyway migration, so the test database's migration history
 * stays that of the application.
 */
@ApplicationScoped
public class UnstorableEnterprise {

    void refuse(@Observes @Priority(100) StartupEvent event, AgroalDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try {
                s.execute("ALTER TABLE decision_record ADD CONSTRAINT test_refuses_enterprise CHECK "
                        + "(enterprise_id IS NULL OR enterprise_id <> '" + Api.UNSTORABLE_ENTERPRISE + "')");
            } catch (SQLException e) {
                if (!e.getMessage().toLowerCase().contains("already exists")) {
                    throw e;
                }
            }
        }
    }
}
