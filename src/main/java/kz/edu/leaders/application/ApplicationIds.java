package kz.edu.leaders.application;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Draws application ids from the database sequence before the row is written, so the application
 * number (which contains the id) is part of the very first insert.
 */
@Component
class ApplicationIds {

  private static final String SEQUENCE = "application_seq";

  private final EntityManager entityManager;

  ApplicationIds(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  long next() {
    String nextValueSql = entityManager.unwrap(Session.class).getFactory().unwrap(SessionFactoryImplementor.class)
        .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
    return ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
  }
}
