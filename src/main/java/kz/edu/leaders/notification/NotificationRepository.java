package kz.edu.leaders.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  Optional<Notification> findByIdempotencyKey(String idempotencyKey);

  List<Notification> findByApplicationIdOrderByCreatedAtAsc(Long applicationId);
}
