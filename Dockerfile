# Build with the project's own Maven wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 leaders
WORKDIR /app
COPY --from=build /src/target/leaders-of-change-*.jar app.jar
USER leaders
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
