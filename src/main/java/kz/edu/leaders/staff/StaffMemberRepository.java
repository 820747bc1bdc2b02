package kz.edu.leaders.staff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffMemberRepository extends JpaRepository<StaffMember, String> {

  List<StaffMember> findAllByOrderByUserIdAsc();
}
